pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// 1 to 10 under the deck: where the visitor is, and a tap jumps to any card.
RowLayout {
    id: cardIndicator

    required property int count
    required property int currentIndex

    signal indexRequested(int index)

    spacing: Theme.spacingS
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Card %1 of %2").arg(cardIndicator.currentIndex + 1).arg(cardIndicator.count)

    Repeater {
        model: cardIndicator.count

        delegate: AbstractButton {
            id: dot

            required property int index
            readonly property bool selected: dot.index === cardIndicator.currentIndex

            objectName: "indicator-" + (dot.index + 1)
            implicitWidth: Theme.indicatorDot
            implicitHeight: Theme.indicatorDot
            focusPolicy: Qt.NoFocus
            Accessible.role: Accessible.PageTab
            Accessible.name: qsTr("Card %1").arg(dot.index + 1)
            onClicked: cardIndicator.indexRequested(dot.index)

            background: Rectangle {
                radius: width / 2
                color: dot.selected ? Theme.accent : dot.down ? Theme.surfacePressed : Theme.surfaceRaised
                border.color: Theme.outline
                border.width: Theme.borderWidth
            }

            contentItem: Label {
                text: dot.index + 1
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                color: dot.selected ? Theme.textOnAccent : Theme.text
                font.pixelSize: Theme.fontSmall
                font.bold: dot.selected
            }
        }
    }
}
