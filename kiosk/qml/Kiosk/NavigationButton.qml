import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One section of the navigation bar: an icon beside its name (under it on narrow screens);
// the current section is lit.
AbstractButton {
    id: control

    required property string iconName
    property bool current: false

    implicitWidth: Math.max(Theme.touchTargetLarge, content.implicitWidth + 2 * Theme.spacingM)
    implicitHeight: Theme.touchTarget
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: control.text
    scale: control.down ? Theme.pressedScale : 1

    background: Rectangle {
        radius: Theme.radiusM
        color: control.down ? Theme.surfacePressed : control.current ? Theme.accent : "transparent"
        border.color: Theme.focusRing
        border.width: control.visualFocus ? Theme.focusWidth : 0
    }

    contentItem: Item {
        GridLayout {
            id: content

            anchors.centerIn: parent
            columns: Theme.compactNavigation ? 1 : 2
            rowSpacing: 0
            columnSpacing: Theme.spacingS

            Image {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Theme.iconSize
                Layout.preferredHeight: Theme.iconSize
                source: "qrc:/icons/ui/" + control.iconName + (control.current ? "-dark" : "") + ".svg"
                sourceSize.width: Theme.iconSize
                sourceSize.height: Theme.iconSize
            }

            Label {
                Layout.alignment: Qt.AlignHCenter
                visible: control.text !== ""
                text: control.text
                color: control.current ? Theme.textOnAccent : Theme.text
                font.pixelSize: Theme.compactNavigation ? Theme.fontCaption : Theme.fontBody
                font.bold: control.current
            }
        }
    }
}
