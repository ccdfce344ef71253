pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.Backend

// Digits for the staff PIN. Five wrong PINs lock it for a minute. With `choosing` it sets a new
// PIN instead: typed twice, then saved (kiosk mode needs one).
Rectangle {
    id: pad

    required property StaffAccess staff
    property bool choosing: false
    property string entered: ""
    property string firstEntry: ""   // choosing: the new PIN's first entry, waiting for the second
    property string message: pad.choosing ? pad.chooseHint() : pad.staff.pinConfigured ? "" : qsTr("No staff PIN is set: run innokiosk set-pin")

    signal accepted
    signal cancelled

    function chooseHint(): string {
        return qsTr("Kiosk mode needs a staff PIN: choose one of %1 to %2 digits").arg(pad.staff.pinMinLength).arg(pad.staff.pinMaxLength);
    }

    function press(key: string): void {
        if (key === "←")
            pad.entered = pad.entered.slice(0, -1);
        else if (key === "OK")
            pad.choosing ? pad.choose() : pad.submit();
        else if (pad.entered.length < pad.staff.pinMaxLength)
            pad.entered += key;
    }

    function submit(): void {
        const outcome = pad.staff.tryPin(pad.entered);
        pad.entered = "";
        if (outcome === "accepted") {
            pad.message = "";
            pad.accepted();
        } else if (outcome === "locked") {
            pad.message = qsTr("Too many wrong PINs: wait %1 s").arg(pad.staff.lockedSeconds);
        } else if (outcome === "unset") {
            pad.message = qsTr("No staff PIN is set: run innokiosk set-pin");
        } else {
            pad.message = qsTr("Wrong PIN: %1 tries left").arg(pad.staff.attemptsLeft);
        }
    }

    function choose(): void {
        const pin = pad.entered;
        pad.entered = "";
        if (pin.length < pad.staff.pinMinLength) {
            pad.message = pad.chooseHint();
        } else if (pad.firstEntry === "") {
            pad.firstEntry = pin;
            pad.message = qsTr("Enter the same PIN again");
        } else if (pin !== pad.firstEntry) {
            pad.firstEntry = "";
            pad.message = qsTr("The two PINs differ: choose a PIN again");
        } else {
            pad.firstEntry = "";
            const outcome = pad.staff.setPin(pin);
            if (outcome === "saved")
                pad.accepted();
            else if (outcome === "invalid")
                pad.message = pad.chooseHint();
            else
                pad.message = qsTr("The PIN could not be saved in the settings file (see the log)");
        }
    }

    objectName: "pinPad"
    color: Theme.scrim
    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("Staff PIN")

    MouseArea {
        anchors.fill: parent
        onClicked: pad.cancelled()
    }

    Rectangle {
        anchors.centerIn: parent
        width: keys.implicitWidth + 2 * Theme.spacingXl
        height: column.implicitHeight + 2 * Theme.spacingXl
        radius: Theme.radiusL
        color: Theme.surface
        border.color: Theme.outline
        border.width: Theme.borderWidth

        MouseArea {
            anchors.fill: parent
        }

        ColumnLayout {
            id: column

            anchors.centerIn: parent
            spacing: Theme.spacingM

            Label {
                Layout.alignment: Qt.AlignHCenter
                text: pad.choosing ? qsTr("New staff PIN") : qsTr("Staff PIN")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }

            Label {
                objectName: "pinDots"
                Layout.alignment: Qt.AlignHCenter
                text: "●".repeat(pad.entered.length) || " "
                color: Theme.accent
                font.pixelSize: Theme.fontTitle
            }

            Label {
                objectName: "pinMessage"
                Layout.alignment: Qt.AlignHCenter
                Layout.maximumWidth: keys.implicitWidth
                visible: pad.message !== ""
                text: pad.message
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.gold
                font.pixelSize: Theme.fontSmall
            }

            GridLayout {
                id: keys

                columns: 3
                rowSpacing: Theme.spacingS
                columnSpacing: Theme.spacingS

                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "←", "0", "OK"]

                    delegate: AbstractButton {
                        id: key

                        required property string modelData

                        objectName: "pinKey-" + key.modelData
                        implicitWidth: Theme.pinKey
                        implicitHeight: Theme.pinKey
                        Accessible.role: Accessible.Button
                        Accessible.name: key.modelData === "←" ? qsTr("Delete") : key.modelData
                        onClicked: pad.press(key.modelData)

                        background: Rectangle {
                            radius: Theme.radiusM
                            color: key.down ? Theme.surfacePressed : key.modelData === "OK" ? Theme.accent : Theme.surfaceRaised
                        }

                        contentItem: Label {
                            text: key.modelData
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            color: key.modelData === "OK" ? Theme.textOnAccent : Theme.text
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                        }
                    }
                }
            }

            TextButton {
                objectName: "pinCancel"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Cancel")
                onClicked: pad.cancelled()
            }
        }
    }
}
