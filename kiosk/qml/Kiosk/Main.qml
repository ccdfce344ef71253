pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Kiosk.Backend

// The kiosk's window: a content area for the current section, the detail pages over it, and
// the navigation bar along the bottom edge, within reach of a visitor's hand.
ApplicationWindow {
    id: window

    required property Exhibition exhibition
    required property IdleMonitor idle
    required property KioskControl control
    required property StaffAccess staff
    required property StatsRecorder stats
    required property string startView
    required property bool reduceMotion
    property string section: "home"
    property int currentIndex: 0
    property bool detailOpen: false
    property bool largeText: false
    property bool staffExit: false
    property string staffStage: ""   // "", "pin" or "panel"
    readonly property int achievementCount: window.exhibition.achievements.count

    // The visitor's session ends: everything back as the next visitor should find it.
    function resetSession(): void {
        window.exhibition.setLanguage(window.exhibition.defaultLanguage);
        window.largeText = false;
        window.currentIndex = 0;
        window.staffStage = "";
        window.showSection("home");
    }

    function showSection(name: string): void {
        window.detailOpen = false;
        window.section = name;
    }

    function openDetail(row: int): void {
        window.currentIndex = Math.max(0, Math.min(row, window.achievementCount - 1));
        window.detailOpen = true;
    }

    function closeDetail(): void {
        window.detailOpen = false;
    }

    // What visitors look at, for the anonymous statistics: each page opened, and for how long.
    onDetailOpenChanged: {
        if (window.detailOpen)
            window.stats.viewStarted(window.currentIndex + 1);
        else
            window.stats.viewEnded();
    }
    onCurrentIndexChanged: if (window.detailOpen) window.stats.viewStarted(window.currentIndex + 1)
    onSectionChanged: if (window.section === "timeline") window.stats.recordEvent("timeline", "")

    function goBack(): void {
        if (window.detailOpen)
            window.closeDetail();
        else if (window.section !== "home")
            window.showSection("home");
    }

    function step(delta: int): void {
        window.currentIndex = Math.max(0, Math.min(window.currentIndex + delta, window.achievementCount - 1));
    }

    function toggleFullScreen(): void {
        window.visibility = window.visibility === Window.FullScreen ? Window.Maximized : Window.FullScreen;
    }

    function applyStartView(view: string): void {
        if (view === "attract") {
            window.idle.endSession();
        } else if (view.startsWith("cards:")) {
            window.showSection("cards");
            window.currentIndex = window.exhibition.rowOfNumber(parseInt(view.slice(6)));
        } else if (view.startsWith("card:")) {
            window.section = "cards";
            window.openDetail(window.exhibition.rowOfNumber(parseInt(view.slice(5))));
        } else {
            window.showSection(view);
        }
    }

    width: 1920
    height: 1080
    minimumWidth: 640
    minimumHeight: 480
    visible: false
    color: Theme.background
    title: qsTr("InnoKiosk") + " · " + window.exhibition.title
    font.family: window.exhibition.fontFamily
    font.pixelSize: Theme.fontBody

    Component.onCompleted: window.applyStartView(window.startView)
    // In kiosk mode nothing closes the window but the staff panel (Alt+F4, the window manager).
    onClosing: close => close.accepted = !window.control.kioskMode || window.staffExit

    Binding {
        target: Theme
        property: "scale"
        value: Math.min(window.width, window.height) / Theme.designShortSide
    }

    Binding {
        target: Theme
        property: "portrait"
        value: window.height > window.width
    }

    Binding {
        target: Theme
        property: "textScale"
        value: window.largeText ? Theme.largeTextFactor : 1
    }

    Binding {
        target: Theme
        property: "reduceMotion"
        value: window.reduceMotion
    }

    Shortcut {
        sequence: "F5"
        enabled: !window.control.kioskMode
        onActivated: window.control.startPresentation()
    }

    Shortcut {
        sequence: "F11"
        enabled: !window.control.kioskMode
        onActivated: window.toggleFullScreen()
    }

    Connections {
        target: window.idle

        function onSessionEnded(): void {
            window.resetSession();
        }
    }

    Shortcut {
        sequences: [StandardKey.Back, "Esc", "Backspace"]
        onActivated: window.goBack()
    }

    Item {
        id: stage

        objectName: "stage"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: navigationBar.top

        Loader {
            id: homeLoader

            objectName: "homeLoader"
            anchors.fill: parent
            active: window.section === "home"
            visible: active && !window.detailOpen
            sourceComponent: HomeView {
                exhibition: window.exhibition
                pulsing: !window.idle.attract
                onExploreRequested: window.showSection("cards")
                onAchievementRequested: row => window.openDetail(row)
            }
        }

        Loader {
            id: cardsLoader

            objectName: "cardsLoader"
            anchors.fill: parent
            active: window.section === "cards"
            visible: active && !window.detailOpen
            focus: visible
            sourceComponent: CardsView {
                exhibition: window.exhibition
                currentIndex: window.currentIndex
                focus: true
                onCurrentIndexRequested: row => window.currentIndex = row
                onAchievementRequested: row => window.openDetail(row)
            }
        }

        Loader {
            id: timelineLoader

            objectName: "timelineLoader"
            anchors.fill: parent
            active: window.section === "timeline"
            visible: active && !window.detailOpen
            sourceComponent: TimelineView {
                exhibition: window.exhibition
                onAchievementRequested: row => window.openDetail(row)
            }
        }

        Loader {
            id: detailLoader

            // Created at the first opening, then kept (hidden, with no page built) so that
            // closing never deletes pages still being built.
            property bool opened: false

            objectName: "detailLoader"
            anchors.fill: parent
            active: window.detailOpen || detailLoader.opened
            visible: window.detailOpen
            focus: window.detailOpen
            onLoaded: detailLoader.opened = true
            sourceComponent: DetailView {
                exhibition: window.exhibition
                currentIndex: window.currentIndex
                shown: window.detailOpen
                focus: true
                onCurrentIndexRequested: row => window.currentIndex = row
                onBackRequested: window.closeDetail()
                onQrShown: number => window.stats.recordEvent("qr_shown", String(number))
            }
        }

        NoticeBanner {
            objectName: "packNotice"
            anchors.top: parent.top
            anchors.horizontalCenter: parent.horizontalCenter
            problems: window.exhibition.packProblems
        }
    }

    NavigationBar {
        id: navigationBar

        objectName: "navigationBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        exhibition: window.exhibition
        section: window.detailOpen ? "detail" : window.section
        largeText: window.largeText
        onSectionRequested: name => window.showSection(name)
        onLargeTextToggled: window.largeText = !window.largeText
    }

    IdleCountdown {
        objectName: "idleCountdown"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: navigationBar.top
        anchors.bottomMargin: Theme.spacingL
        visible: window.idle.warning
        // Counts only while shown: a hidden label that changes every second still costs a frame
        secondsLeft: window.idle.warning ? window.idle.secondsLeft : 0
        z: 20
        onStayRequested: window.idle.keepAlive()
    }

    Loader {
        objectName: "attractLoader"
        anchors.fill: parent
        active: window.idle.attract
        z: 30
        sourceComponent: AttractLoop {
            objectName: "attractLoop"
            exhibition: window.exhibition
            onWoken: window.idle.keepAlive()
        }
    }

    StaffCorner {
        objectName: "staffCorner"
        anchors.left: parent.left
        anchors.top: parent.top
        z: 40
        onStaffRequested: window.staffStage = window.staff.pinRequired || window.staff.pinConfigured ? "pin" : "panel"
    }

    Loader {
        objectName: "pinLoader"
        anchors.fill: parent
        active: window.staffStage === "pin"
        z: 41
        sourceComponent: PinPad {
            staff: window.staff
            onAccepted: window.staffStage = "panel"
            onCancelled: window.staffStage = ""
        }
    }

    Loader {
        objectName: "staffLoader"
        anchors.fill: parent
        active: window.staffStage === "panel"
        z: 41
        sourceComponent: StaffPanel {
            exhibition: window.exhibition
            idle: window.idle
            control: window.control
            stats: window.stats
            onClosed: window.staffStage = ""
        }
    }
}
