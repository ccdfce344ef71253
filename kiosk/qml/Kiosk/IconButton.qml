import QtQuick
import QtQuick.Controls

// A round touch button with an icon: arrows, back, zoom. Press feedback is immediate.
AbstractButton {
    id: control

    required property string iconName
    property color fill: Theme.surfaceRaised
    property int diameter: Theme.touchTarget

    implicitWidth: control.diameter
    implicitHeight: control.diameter
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: control.text
    scale: control.down ? Theme.pressedScale : 1

    background: Rectangle {
        radius: width / 2
        color: control.down ? Theme.surfacePressed : control.fill
        border.color: control.visualFocus ? Theme.focusRing : Theme.outline
        border.width: control.visualFocus ? Theme.focusWidth : Theme.borderWidth
        opacity: control.enabled ? 1 : 0.35
    }

    contentItem: Item {
        Image {
            anchors.centerIn: parent
            width: Theme.iconSize
            height: Theme.iconSize
            source: "qrc:/icons/ui/" + control.iconName + ".svg"
            sourceSize.width: Theme.iconSize
            sourceSize.height: Theme.iconSize
            opacity: control.enabled ? 1 : 0.35
        }
    }
}
