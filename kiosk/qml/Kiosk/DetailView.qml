pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.Backend

// The achievements' pages side by side: swipe to the neighbour, Back returns to where you were.
FocusScope {
    id: detail

    required property Exhibition exhibition
    property int currentIndex: 0
    readonly property bool zoomed: pages.currentItem !== null && (pages.currentItem as DetailPage).zoomLevel > 1

    signal backRequested

    objectName: "detailView"

    Keys.onLeftPressed: pages.decrementCurrentIndex()
    Keys.onRightPressed: pages.incrementCurrentIndex()

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            Layout.topMargin: Theme.spacingM
            spacing: Theme.spacingM

            NavigationButton {
                objectName: "backButton"
                iconName: "back"
                text: qsTr("Back")
                onClicked: detail.backRequested()
            }

            Item {
                Layout.fillWidth: true
            }

            IconButton {
                objectName: "previousPage"
                iconName: "chevron-left"
                text: qsTr("Previous")
                enabled: pages.currentIndex > 0
                onClicked: pages.decrementCurrentIndex()
            }

            Label {
                objectName: "pagePosition"
                text: qsTr("%1 of %2").arg(pages.currentIndex + 1).arg(pages.count)
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
            }

            IconButton {
                objectName: "nextPage"
                iconName: "chevron-right"
                text: qsTr("Next")
                enabled: pages.currentIndex < pages.count - 1
                onClicked: pages.incrementCurrentIndex()
            }
        }

        ListView {
            id: pages

            objectName: "detailPages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: ListView.Horizontal
            snapMode: ListView.SnapOneItem
            highlightRangeMode: ListView.StrictlyEnforceRange
            highlightMoveDuration: Theme.durationNormal
            maximumFlickVelocity: Theme.flickVelocity
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            currentIndex: detail.currentIndex
            model: detail.exhibition.achievements
            interactive: !detail.zoomed
            onCurrentIndexChanged: detail.currentIndex = pages.currentIndex
            Component.onCompleted: pages.positionViewAtIndex(detail.currentIndex, ListView.Beginning)

            delegate: DetailPage {
                required property string achievementId

                objectName: "page-" + achievementId
                width: pages.width
                height: pages.height
                isCurrent: ListView.isCurrentItem
            }
        }
    }
}
