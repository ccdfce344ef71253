pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Kiosk.Backend

// The kiosk's window: a content area for the current section, the detail pages over it, and
// the navigation bar along the bottom edge, within reach of a visitor's hand. Where the visitor
// is (section, achievement, page, staff pad, larger text) is the Navigation object's: the window
// draws it and asks it for changes.
ApplicationWindow {
    id: window

    required property Exhibition exhibition
    required property IdleMonitor idle
    required property KioskMode mode
    required property KioskControl control
    required property StaffAccess staff
    required property StatsRecorder stats
    required property Navigation navigation
    required property bool reduceMotion

    width: 1920
    height: 1080
    minimumWidth: 640
    minimumHeight: 480
    visible: false
    color: Theme.background
    title: qsTr("InnoKiosk") + " · " + window.exhibition.title
    font.family: window.exhibition.fontFamily
    font.pixelSize: Theme.fontBody

    // Keys and close requests per mode (F11, F5, Ctrl+Q, Ctrl+W, Alt+F4) are KioskMode's.

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
        value: window.navigation.largeText ? Theme.largeTextFactor : 1
    }

    Binding {
        target: Theme
        property: "reduceMotion"
        value: window.reduceMotion
    }

    Shortcut {
        sequences: [StandardKey.Back, "Esc", "Backspace"]
        onActivated: window.navigation.goBack()
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
            active: window.navigation.section === "home"
            visible: active && !window.navigation.detailOpen
            sourceComponent: HomeView {
                exhibition: window.exhibition
                pulsing: !window.idle.attract
                onExploreRequested: window.navigation.showSection("cards")
                onAchievementRequested: row => window.navigation.openDetail(row)
            }
        }

        Loader {
            id: cardsLoader

            objectName: "cardsLoader"
            anchors.fill: parent
            active: window.navigation.section === "cards"
            visible: active && !window.navigation.detailOpen
            focus: visible
            sourceComponent: CardsView {
                exhibition: window.exhibition
                currentIndex: window.navigation.currentIndex
                focus: true
                onCurrentIndexRequested: row => window.navigation.currentIndex = row
                onAchievementRequested: row => window.navigation.openDetail(row)
            }
        }

        Loader {
            id: timelineLoader

            objectName: "timelineLoader"
            anchors.fill: parent
            active: window.navigation.section === "timeline"
            visible: active && !window.navigation.detailOpen
            focus: visible
            sourceComponent: TimelineView {
                exhibition: window.exhibition
                focus: true
                onAchievementRequested: row => window.navigation.openDetail(row)
            }
        }

        Loader {
            id: detailLoader

            // Created at the first opening, then kept (hidden, with no page built) so that
            // closing never deletes pages still being built.
            property bool opened: false

            objectName: "detailLoader"
            anchors.fill: parent
            active: window.navigation.detailOpen || detailLoader.opened
            visible: window.navigation.detailOpen
            focus: window.navigation.detailOpen
            onLoaded: detailLoader.opened = true
            sourceComponent: DetailView {
                exhibition: window.exhibition
                currentIndex: window.navigation.currentIndex
                shown: window.navigation.detailOpen
                focus: true
                onCurrentIndexRequested: row => window.navigation.currentIndex = row
                onBackRequested: window.navigation.closeDetail()
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
        section: window.navigation.detailOpen ? "detail" : window.navigation.section
        largeText: window.navigation.largeText
        onSectionRequested: name => window.navigation.showSection(name)
        onLargeTextToggled: window.navigation.toggleLargeText()
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
        onStaffRequested: window.navigation.openStaff()
    }

    Loader {
        objectName: "pinLoader"
        anchors.fill: parent
        active: window.navigation.staffStage === "pin"
        z: 41
        sourceComponent: PinPad {
            staff: window.staff
            onAccepted: window.navigation.pinAccepted()
            onCancelled: window.navigation.closeStaff()
        }
    }

    Loader {
        objectName: "staffLoader"
        anchors.fill: parent
        active: window.navigation.staffStage === "panel"
        z: 41
        sourceComponent: StaffPanel {
            exhibition: window.exhibition
            idle: window.idle
            mode: window.mode
            staff: window.staff
            control: window.control
            stats: window.stats
            onClosed: window.navigation.closeStaff()
        }
    }
}
