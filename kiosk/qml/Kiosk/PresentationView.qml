pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Kiosk.Backend

// The deck as the audience sees it: the current slide, a thin progress bar, and blackout or
// whiteout over everything. What the keys, taps and the clock do is the Deck's (Python); this
// only draws it, and fits each achievement's text to the slide (the Deck splits what cannot).
Item {
    id: view

    required property Exhibition exhibition
    required property Deck deck

    Keys.onPressed: event => event.accepted = view.deck.key(event.key)

    // A new size starts the fitting again from unsplit slides.
    onWidthChanged: Qt.callLater(view.deck.relayout)
    onHeightChanged: Qt.callLater(view.deck.relayout)

    Item {
        id: slides

        objectName: "slides"
        anchors.fill: parent

        Repeater {
            model: view.deck.slides

            delegate: Item {
                id: frame

                required property int index
                required property string kind
                required property int row
                required property var points
                required property var milestones
                required property int part
                required property int number
                required property string headline
                required property var figures
                required property string imageUrl
                required property string imageAlt
                required property string imageKind
                required property int imageWidth
                required property int imageHeight
                readonly property bool current: frame.index === view.deck.currentSlide

                // One slide's place in the deck: shown when current, sliding in from its side.
                objectName: "slide-" + (frame.index + 1)
                width: slides.width
                height: slides.height
                opacity: frame.current ? 1 : 0
                visible: frame.opacity > 0
                x: frame.current ? 0 : (frame.index < view.deck.currentSlide ? -Theme.presentSlideShift : Theme.presentSlideShift)

                Behavior on opacity {
                    NumberAnimation {
                        duration: Theme.durationNormal
                    }
                }

                Behavior on x {
                    NumberAnimation {
                        duration: Theme.durationNormal
                        easing.type: Easing.OutCubic
                    }
                }

                Loader {
                    anchors.fill: parent
                    active: frame.kind === "title"

                    sourceComponent: TitleSlide {
                        exhibition: view.exhibition
                    }
                }

                Loader {
                    anchors.fill: parent
                    active: frame.kind === "achievement"

                    sourceComponent: AchievementSlide {
                        slideIndex: frame.index
                        number: frame.number
                        headline: frame.headline
                        points: frame.points
                        continued: frame.part > 0
                        figures: frame.figures
                        imageUrl: frame.imageUrl
                        imageAlt: frame.imageAlt
                        imageKind: frame.imageKind
                        imageWidth: frame.imageWidth
                        imageHeight: frame.imageHeight
                        onOverflowed: (keep, count) => view.deck.split(frame.index, keep, count)
                    }
                }

                Loader {
                    anchors.fill: parent
                    active: frame.kind === "timeline"

                    sourceComponent: TimelineSlide {
                        exhibition: view.exhibition
                        milestones: frame.milestones
                        onOverflowed: (keep, count) => view.deck.split(frame.index, keep, count)
                    }
                }

                Loader {
                    anchors.fill: parent
                    active: frame.kind === "closing"

                    sourceComponent: ClosingSlide {
                        exhibition: view.exhibition
                    }
                }
            }
        }
    }

    // A finger: swipe left for the next slide, right for the one before; a tap moves on.
    DragHandler {
        id: swipe

        property real travel: 0

        target: null
        xAxis.enabled: true
        yAxis.enabled: false
        onActiveTranslationChanged: if (swipe.active) swipe.travel = swipe.activeTranslation.x
        onActiveChanged: {
            if (swipe.active) {
                swipe.travel = 0;
                return;
            }
            if (swipe.travel < -Theme.presentSwipeDistance)
                view.deck.next();
            else if (swipe.travel > Theme.presentSwipeDistance)
                view.deck.previous();
            swipe.travel = 0;
        }
    }

    TapHandler {
        objectName: "tapToAdvance"
        onTapped: view.deck.tap()
    }

    Rectangle {
        objectName: "progressBar"
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        height: Theme.presentProgressHeight
        width: parent.width * (view.deck.currentSlide + 1) / Math.max(1, view.deck.count)
        color: view.deck.paused ? Theme.gold : Theme.accent

        Behavior on width {
            NumberAnimation {
                duration: Theme.durationNormal
            }
        }
    }

    Label {
        objectName: "pausedLabel"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        visible: view.deck.paused && view.deck.blank === ""
        text: qsTr("Paused")
        color: Theme.gold
        font.pixelSize: Theme.presentSmall
        font.bold: true
    }

    Label {
        objectName: "typedNumber"
        anchors.centerIn: parent
        visible: view.deck.typedNumber !== "" && view.deck.blank === ""
        text: qsTr("Go to slide %1").arg(view.deck.typedNumber)
        color: Theme.text
        font.pixelSize: Theme.presentHeadline
        font.bold: true
        padding: Theme.spacingL

        background: Rectangle {
            radius: Theme.radiusM
            color: Theme.scrim
        }
    }

    // Blackout (B or .) and whiteout (W): the whole screen one colour, over everything.
    Rectangle {
        objectName: "blankOverlay"
        anchors.fill: parent
        z: 100
        visible: view.deck.blank !== ""
        color: view.deck.blank === "white" ? Theme.presentWhite : Theme.presentBlack
    }
}
