pragma ComponentBehavior: Bound
import QtQuick

// A row of pages that a finger swipes one at a time, however fast or with however many fingers.
// Buttons, keys and taps move it too. It reports where the visitor wants to go
// (currentIndexRequested); its owner decides and sets currentIndex, and the deck glides there.
Item {
    id: deck

    required property var model
    required property Component delegate
    required property int currentIndex
    property real itemWidth: deck.width
    property real spacing: 0
    property bool interactive: true
    // Pages as tall as they want to be (up to the deck's height), centred; else the deck's height.
    property bool fitItemHeight: false
    property real position: 0
    readonly property int count: pages.count
    readonly property real stride: deck.itemWidth + deck.spacing
    readonly property bool moving: swipe.active || glide.running
    readonly property Item currentItem: pages.count > 0 ? pages.itemAt(deck.currentIndex) : null

    signal currentIndexRequested(int index)

    function clamp(row: int): int {
        return Math.max(0, Math.min(row, deck.count - 1));
    }

    // Asks to go to `row`, and glides there at once so a tap feels immediate.
    function moveTo(row: int): void {
        const target = deck.clamp(row);
        if (target !== deck.currentIndex)
            deck.currentIndexRequested(target);
        deck.glideTo(target);
    }

    // Shows `row` at once, with no glide through the pages between.
    function jumpTo(row: int): void {
        glide.stop();
        deck.position = deck.clamp(row);
    }

    function glideTo(row: int): void {
        glide.stop();
        glide.to = row;
        glide.start();
    }

    // A swipe ends: one page on if it went far or fast enough, else back where it started.
    function release(startRow: int, travelled: real, velocity: real): void {
        let target = startRow;
        if (travelled > Theme.swipeDistance || velocity < -Theme.swipeVelocity)
            target = startRow + 1;
        else if (travelled < -Theme.swipeDistance || velocity > Theme.swipeVelocity)
            target = startRow - 1;
        deck.moveTo(target);
    }

    clip: true
    onCurrentIndexChanged: if (!swipe.active) deck.glideTo(deck.currentIndex)
    Component.onCompleted: deck.position = deck.currentIndex

    Repeater {
        id: pages

        model: deck.model
        delegate: deck.delegate
        onItemAdded: (index, item) => {
            item.x = Qt.binding(() => (deck.width - deck.itemWidth) / 2 + (index - deck.position) * deck.stride);
            item.width = Qt.binding(() => deck.itemWidth);
            item.height = Qt.binding(() => deck.fitItemHeight ? Math.min(deck.height, item.implicitHeight) : deck.height);
            item.y = Qt.binding(() => (deck.height - item.height) / 2);
            item.visible = Qt.binding(() => Math.abs(index - deck.position) < deck.width / deck.stride);
        }
    }

    DragHandler {
        id: swipe

        property int startRow: 0
        property real startPosition: 0

        target: null
        enabled: deck.interactive && deck.count > 1
        xAxis.enabled: true
        yAxis.enabled: false
        maximumPointCount: Theme.swipeFingers
        onActiveChanged: {
            if (swipe.active) {
                glide.stop();
                swipe.startPosition = deck.position;
                swipe.startRow = Math.round(deck.position);
            } else {
                deck.release(swipe.startRow, deck.position - swipe.startPosition, swipe.centroid.velocity.x);
            }
        }
        onActiveTranslationChanged: {
            if (swipe.active) {
                const wanted = swipe.startPosition - swipe.activeTranslation.x / deck.stride;
                deck.position = Math.max(-Theme.swipeOverscroll, Math.min(deck.count - 1 + Theme.swipeOverscroll, wanted));
            }
        }
    }

    NumberAnimation {
        id: glide

        target: deck
        property: "position"
        duration: Theme.durationNormal
        easing.type: Easing.OutCubic
    }
}
