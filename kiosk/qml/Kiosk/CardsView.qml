pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.Backend

// The deck: ten cards side by side. Swipe, tap the arrows or the numbers; a tap on a card opens it.
// However hard the swipe, the deck moves one card.
FocusScope {
    id: cards

    required property Exhibition exhibition
    required property int currentIndex

    signal achievementRequested(int row)
    signal currentIndexRequested(int row)

    objectName: "cardsView"

    Keys.onLeftPressed: deck.moveTo(deck.currentIndex - 1)
    Keys.onRightPressed: deck.moveTo(deck.currentIndex + 1)
    Keys.onReturnPressed: cards.achievementRequested(deck.currentIndex)
    Keys.onEnterPressed: cards.achievementRequested(deck.currentIndex)

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacingL
        anchors.bottomMargin: Theme.spacingL
        spacing: Theme.spacingM

        SwipeDeck {
            id: deck

            objectName: "cardDeck"
            Layout.fillWidth: true
            Layout.fillHeight: true
            itemWidth: Math.round(deck.width * Theme.cardWidthRatio)
            spacing: Theme.spacingL
            // Portrait: the card takes the screen's height (its picture grows), not a band of it.
            fitItemHeight: false
            model: cards.exhibition.achievements
            currentIndex: cards.currentIndex
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Achievement cards")
            onCurrentIndexRequested: row => cards.currentIndexRequested(row)

            delegate: AchievementCard {
                required property string achievementId

                objectName: "card-" + achievementId
                isCurrent: index === deck.currentIndex
                near: visible || Math.abs(index - deck.currentIndex) <= Theme.cardsKeptNear
                onClicked: {
                    if (isCurrent)
                        cards.achievementRequested(index);
                    else
                        deck.moveTo(index);
                }
            }
        }

        // Portrait: the neighbours peek in at the edges and a line says how to reach them.
        Label {
            objectName: "swipeHint"
            Layout.fillWidth: true
            visible: Theme.portrait && deck.count > 1
            horizontalAlignment: Text.AlignHCenter
            text: "‹  " + qsTr("Swipe for the next achievement") + "  ›"
            wrapMode: Text.Wrap
            color: Theme.accent
            font.pixelSize: Theme.fontBody
        }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacingL

            IconButton {
                objectName: "previousCard"
                iconName: "chevron-left"
                text: qsTr("Previous")
                enabled: deck.currentIndex > 0
                onClicked: deck.moveTo(deck.currentIndex - 1)
            }

            CardIndicator {
                objectName: "cardIndicator"
                count: deck.count
                currentIndex: deck.currentIndex
                onIndexRequested: index => deck.moveTo(index)
            }

            IconButton {
                objectName: "nextCard"
                iconName: "chevron-right"
                text: qsTr("Next")
                enabled: deck.currentIndex < deck.count - 1
                onClicked: deck.moveTo(deck.currentIndex + 1)
            }
        }
    }
}
