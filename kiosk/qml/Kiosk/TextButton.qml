import QtQuick
import QtQuick.Controls

// A rounded touch button with words and no icon (the staff panel's actions), in the kiosk's look:
// the raised surface and outline of IconButton, the accent fill for the main action, the same
// press scale and focus ring.
AbstractButton {
    id: control

    // The main action of its group, filled with the accent colour.
    property bool primary: false

    implicitWidth: Math.max(Theme.touchTargetLarge, label.implicitWidth + 2 * Theme.spacingL)
    implicitHeight: Math.max(Theme.touchTarget, label.implicitHeight + 2 * Theme.spacingS)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: control.text
    scale: control.down ? Theme.pressedScale : 1

    background: Rectangle {
        radius: Theme.radiusM
        color: control.down ? Theme.surfacePressed : control.primary ? Theme.accent : Theme.surfaceRaised
        border.color: control.visualFocus ? Theme.focusRing : control.primary ? Theme.accent : Theme.outline
        border.width: control.visualFocus ? Theme.focusWidth : Theme.borderWidth
    }

    contentItem: Item {
        Label {
            id: label

            anchors.centerIn: parent
            width: Math.min(implicitWidth, parent.width)
            text: control.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: control.primary && !control.down ? Theme.textOnAccent : Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: control.primary
        }
    }
}
