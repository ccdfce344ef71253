import QtQuick
import QtQuick.Layouts
import Kiosk.Backend

// Home, Cards and Timeline on the left; language and larger text on the right. Always there.
Rectangle {
    id: bar

    required property Exhibition exhibition
    required property string section
    required property bool largeText

    signal sectionRequested(string name)
    signal largeTextToggled

    implicitHeight: Theme.navigationBarHeight
    color: Theme.backgroundDeep

    Rectangle {
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: Theme.borderWidth
        color: Theme.outline
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.pageMargin
        anchors.rightMargin: Theme.pageMargin
        spacing: Theme.spacingM

        NavigationButton {
            objectName: "navHome"
            iconName: "home"
            text: qsTr("Home")
            current: bar.section === "home"
            onClicked: bar.sectionRequested("home")
        }

        NavigationButton {
            objectName: "navCards"
            iconName: "cards"
            text: qsTr("Cards")
            current: bar.section === "cards"
            onClicked: bar.sectionRequested("cards")
        }

        NavigationButton {
            objectName: "navTimeline"
            iconName: "timeline"
            text: qsTr("Timeline")
            current: bar.section === "timeline"
            onClicked: bar.sectionRequested("timeline")
        }

        Item {
            Layout.fillWidth: true
        }

        NavigationButton {
            objectName: "navLargeText"
            iconName: "text-size"
            text: qsTr("Larger text")
            current: bar.largeText
            Accessible.name: qsTr("Larger text")
            onClicked: bar.largeTextToggled()
        }

        LanguageSwitch {
            objectName: "languageSwitch"
            exhibition: bar.exhibition
        }
    }
}
