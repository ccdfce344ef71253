import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One section of the navigation bar: an icon over its name; the current section is lit.
AbstractButton {
    id: control

    required property string iconName
    property bool current: false

    implicitWidth: Math.max(Theme.touchTargetLarge, row.implicitWidth + 2 * Theme.spacingM)
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
        RowLayout {
            id: row

            anchors.centerIn: parent
            spacing: Theme.spacingS

            Image {
                Layout.preferredWidth: Theme.iconSize
                Layout.preferredHeight: Theme.iconSize
                source: "qrc:/icons/ui/" + control.iconName + (control.current ? "-dark" : "") + ".svg"
                sourceSize.width: Theme.iconSize
                sourceSize.height: Theme.iconSize
            }

            Label {
                text: control.text
                color: control.current ? Theme.textOnAccent : Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: control.current
            }
        }
    }
}
