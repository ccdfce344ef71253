pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Backend

// The deck: ten cards side by side. Swipe, tap the arrows or the numbers; a tap on a card opens it.
// However hard the flick, the deck settles at most one card further.
FocusScope {
    id: cards

    required property Exhibition exhibition
    required property int currentIndex

    signal achievementRequested(int row)
    signal currentIndexRequested(int row)

    objectName: "cardsView"
    onCurrentIndexChanged: if (deck.currentIndex !== cards.currentIndex) deck.moveTo(cards.currentIndex)

    Keys.onLeftPressed: deck.moveTo(deck.currentIndex - 1)
    Keys.onRightPressed: deck.moveTo(deck.currentIndex + 1)
    Keys.onReturnPressed: cards.achievementRequested(deck.currentIndex)
    Keys.onEnterPressed: cards.achievementRequested(deck.currentIndex)

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacingL
        anchors.bottomMargin: Theme.spacingL
        spacing: Theme.spacingM

        ListView {
            id: deck

            // Moves to a card in a short glide. (Qt 6.12: a SnapOneItem view sized by its
            // parent after creation glides to a new currentIndex at a crawl, so the view's own
            // highlight animation is not used for moves made by buttons and keys.)
            function moveTo(row: int): void {
                const target = Math.max(0, Math.min(row, deck.count - 1));
                const from = deck.contentX;
                deck.positionViewAtIndex(target, ListView.Center);
                const to = deck.contentX;
                deck.contentX = from;
                glide.to = to;
                glide.row = target;
                glide.restart();
            }


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
            currentIndex: cards.currentIndex
            // An invisible highlight lets the current index follow the view as it glides.
            highlight: Item {}
            highlightMoveDuration: Theme.durationNormal
            highlightMoveVelocity: Theme.snapVelocity
            maximumFlickVelocity: Theme.flickVelocity
            boundsBehavior: Flickable.StopAtBounds
            cacheBuffer: width
            model: cards.exhibition.achievements
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Achievement cards")
            // Only the visitor's moves report back; the view's own settling while it is laid out
            // does not.
            onCurrentIndexChanged: {
                if ((deck.moving || glide.running) && deck.currentIndex !== cards.currentIndex)
                    cards.currentIndexRequested(deck.currentIndex);
            }
            // Qt 6.12: a SnapOneItem view sized after it was made (by a layout) glides to a new
            // current item at a crawl; setting the snap mode again after each resize cures it.

            NumberAnimation {
                id: glide

                property int row: 0

                target: deck
                property: "contentX"
                duration: Theme.durationNormal
                easing.type: Easing.OutCubic
                onFinished: cards.currentIndexRequested(glide.row)
            }
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
                        deck.moveTo(index);
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
