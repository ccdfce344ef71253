pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Backend

// The deck: ten cards side by side. Swipe, tap the arrows or the numbers; a tap on a card opens it.
// However hard the flick, the deck settles at most one card further.
FocusScope {
    id: cards

    required property Exhibition exhibition
    property int currentIndex: 0

    signal achievementRequested(int row)

    objectName: "cardsView"

    Keys.onLeftPressed: deck.decrementCurrentIndex()
    Keys.onRightPressed: deck.incrementCurrentIndex()
    Keys.onReturnPressed: cards.achievementRequested(deck.currentIndex)
    Keys.onEnterPressed: cards.achievementRequested(deck.currentIndex)

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacingL
        anchors.bottomMargin: Theme.spacingL
        spacing: Theme.spacingM

        ListView {
            id: deck

            readonly property int cardWidth: Math.round(deck.width * Theme.cardWidthRatio)
            readonly property int sideSpace: (deck.width - deck.cardWidth) / 2

            objectName: "cardDeck"
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: ListView.Horizontal
            snapMode: ListView.SnapOneItem
            highlightRangeMode: ListView.StrictlyEnforceRange
            preferredHighlightBegin: deck.sideSpace
            preferredHighlightEnd: deck.sideSpace + deck.cardWidth
            highlightMoveDuration: Theme.durationNormal
            maximumFlickVelocity: Theme.flickVelocity
            boundsBehavior: Flickable.StopAtBounds
            currentIndex: cards.currentIndex
            cacheBuffer: width
            model: cards.exhibition.achievements
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Achievement cards")
            onCurrentIndexChanged: cards.currentIndex = deck.currentIndex
            // Room before the first and after the last card, so that each can stand in the middle.
            header: Item {
                width: deck.sideSpace
                height: 1
            }
            footer: Item {
                width: deck.sideSpace
                height: 1
            }

            delegate: AchievementCard {
                required property string achievementId

                objectName: "card-" + achievementId
                width: deck.cardWidth
                height: deck.height
                isCurrent: ListView.isCurrentItem
                onClicked: {
                    if (ListView.isCurrentItem)
                        cards.achievementRequested(index);
                    else
                        deck.currentIndex = index;
                }
            }
        }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacingL

            IconButton {
                objectName: "previousCard"
                iconName: "chevron-left"
                text: qsTr("Previous")
                enabled: deck.currentIndex > 0
                onClicked: deck.decrementCurrentIndex()
            }

            CardIndicator {
                objectName: "cardIndicator"
                count: deck.count
                currentIndex: deck.currentIndex
                onIndexRequested: index => deck.currentIndex = index
            }

            IconButton {
                objectName: "nextCard"
                iconName: "chevron-right"
                text: qsTr("Next")
                enabled: deck.currentIndex < deck.count - 1
                onClicked: deck.incrementCurrentIndex()
            }
        }
    }
}
