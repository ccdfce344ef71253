pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Kiosk.Backend

// The deck: a title, one slide per achievement, the timeline and a closing slide. It runs by
// itself (one slide every `dwell` ms) and follows a presenter's clicker, keyboard or finger.
Item {
    id: view

    required property Exhibition exhibition
    property int dwell: Theme.presentDwell
    property bool loop: false
    property bool autoAdvance: true
    property bool paused: false
    property int currentSlide: 0
    property string blank: ""   // "", "black" or "white"
    property string typedNumber: ""
    readonly property int achievementCount: view.exhibition.achievements.count
    readonly property int timelinePages: Math.ceil(view.exhibition.milestones.count / Theme.presentTimelineRows)
    readonly property int slideCount: view.achievementCount + view.timelinePages + 2
    readonly property int lastSlide: view.slideCount - 1

    signal exitRequested

    function goTo(slide: int): void {
        view.currentSlide = Math.max(0, Math.min(slide, view.lastSlide));
        if (advance.running)
            advance.restart();
    }

    function next(): void {
        if (view.currentSlide < view.lastSlide)
            view.goTo(view.currentSlide + 1);
        else if (view.loop)
            view.goTo(0);
    }

    function previous(): void {
        view.goTo(view.currentSlide - 1);
    }

    function nextLanguage(): void {
        const order = [].concat(view.exhibition.languages);
        const at = order.indexOf(view.exhibition.language);
        view.exhibition.setLanguage(order[(at + 1) % order.length]);
    }

    function restart(): void {
        view.blank = "";
        view.paused = false;
        view.typedNumber = "";
        view.goTo(0);
    }

    // Returns whether the key meant something here.
    function handleKey(key: int, text: string): bool {
        if (view.blank !== "") {   // any key brings the slides back
            view.blank = "";
            return true;
        }
        if (key >= Qt.Key_0 && key <= Qt.Key_9) {
            if (view.typedNumber.length < Theme.presentMaxSlideDigits)
                view.typedNumber += String(key - Qt.Key_0);
            return true;
        }
        if (key === Qt.Key_Return || key === Qt.Key_Enter) {
            if (view.typedNumber !== "")
                view.goTo(parseInt(view.typedNumber) - 1);
            else
                view.next();
            view.typedNumber = "";
            return true;
        }
        if (key === Qt.Key_Backspace && view.typedNumber !== "") {
            view.typedNumber = view.typedNumber.slice(0, -1);
            return true;
        }
        view.typedNumber = "";
        switch (key) {
        case Qt.Key_Right:
        case Qt.Key_Down:
        case Qt.Key_PageDown:
        case Qt.Key_Space:
            view.next();
            return true;
        case Qt.Key_Left:
        case Qt.Key_Up:
        case Qt.Key_PageUp:
        case Qt.Key_Backspace:
            view.previous();
            return true;
        case Qt.Key_Home:
            view.goTo(0);
            return true;
        case Qt.Key_End:
            view.goTo(view.lastSlide);
            return true;
        case Qt.Key_B:
        case Qt.Key_Period:
            view.blank = "black";
            return true;
        case Qt.Key_W:
            view.blank = "white";
            return true;
        case Qt.Key_P:
            view.paused = !view.paused;
            return true;
        case Qt.Key_L:
            view.nextLanguage();
            return true;
        case Qt.Key_F5:
            view.restart();
            return true;
        case Qt.Key_Escape:
            view.exitRequested();
            return true;
        }
        return false;
    }

    Keys.onPressed: event => event.accepted = view.handleKey(event.key, event.text)

    Timer {
        id: advance

        interval: Math.max(1, view.dwell)
        repeat: true
        running: view.autoAdvance && !view.paused && view.blank === "" && (view.loop || view.currentSlide < view.lastSlide)
        onTriggered: view.next()
    }

    // One slide's place in the deck: shown when current, sliding in from the side it comes from.
    component SlideFrame: Item {
        id: frame

        required property int slideIndex
        required property int currentSlide
        readonly property bool current: frame.slideIndex === frame.currentSlide

        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        opacity: frame.current ? 1 : 0
        visible: frame.opacity > 0
        x: frame.current ? 0 : (frame.slideIndex < frame.currentSlide ? -Theme.presentSlideShift : Theme.presentSlideShift)

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
    }

    Item {
        id: slides

        objectName: "slides"
        anchors.fill: parent

        SlideFrame {
            objectName: "slide-1"
            slideIndex: 0
            currentSlide: view.currentSlide

            TitleSlide {
                anchors.fill: parent
                exhibition: view.exhibition
            }
        }

        Repeater {
            model: view.exhibition.achievements

            delegate: SlideFrame {
                id: achievementFrame

                required property int index
                required property int number
                required property string headline
                required property string summary
                required property var body
                required property var figures
                required property string imageUrl
                required property string imageAlt
                required property string imageKind

                objectName: "slide-" + (achievementFrame.index + 2)
                slideIndex: achievementFrame.index + 1
                currentSlide: view.currentSlide

                AchievementSlide {
                    anchors.fill: parent
                    number: achievementFrame.number
                    headline: achievementFrame.headline
                    summary: achievementFrame.summary
                    body: achievementFrame.body
                    figures: achievementFrame.figures
                    imageUrl: achievementFrame.imageUrl
                    imageAlt: achievementFrame.imageAlt
                    imageKind: achievementFrame.imageKind
                }
            }
        }

        Repeater {
            model: view.timelinePages

            delegate: SlideFrame {
                id: timelineFrame

                required property int index

                objectName: "slide-" + (view.achievementCount + 2 + timelineFrame.index)
                slideIndex: view.achievementCount + 1 + timelineFrame.index
                currentSlide: view.currentSlide

                TimelineSlide {
                    anchors.fill: parent
                    exhibition: view.exhibition
                    page: timelineFrame.index
                }
            }
        }

        SlideFrame {
            objectName: "slide-" + view.slideCount
            slideIndex: view.slideCount - 1
            currentSlide: view.currentSlide

            ClosingSlide {
                anchors.fill: parent
                exhibition: view.exhibition
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
                view.next();
            else if (swipe.travel > Theme.presentSwipeDistance)
                view.previous();
            swipe.travel = 0;
        }
    }

    TapHandler {
        objectName: "tapToAdvance"
        onTapped: {
            if (view.blank !== "")
                view.blank = "";
            else
                view.next();
        }
    }

    Rectangle {
        id: progress

        objectName: "progressBar"
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        height: Theme.presentProgressHeight
        width: parent.width * (view.currentSlide + 1) / Math.max(1, view.slideCount)
        color: view.paused ? Theme.gold : Theme.accent

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
        visible: view.paused && view.blank === ""
        text: qsTr("Paused")
        color: Theme.gold
        font.pixelSize: Theme.presentSmall
        font.bold: true
    }

    Label {
        objectName: "typedNumber"
        anchors.centerIn: parent
        visible: view.typedNumber !== "" && view.blank === ""
        text: qsTr("Go to slide %1").arg(view.typedNumber)
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
        visible: view.blank !== ""
        color: view.blank === "white" ? Theme.presentWhite : Theme.presentBlack
    }
}
