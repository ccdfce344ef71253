pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.Backend

// The achievements' pages side by side: swipe to the neighbour, Back returns to where you were.
FocusScope {
    id: detail

    required property Exhibition exhibition
    required property int currentIndex
    // Hidden, the view keeps no page built; it stays created so that no page is ever being
    // built (asynchronously) while the view itself is deleted.
    property bool shown: true
    readonly property bool zoomed: pages.currentItem !== null && (pages.currentItem as DetailPage).zoomLevel > 1

    signal backRequested
    signal currentIndexRequested(int row)
    signal qrShown(int number)

    objectName: "detailView"

    // Opening shows the chosen page at once: no glide from the page seen last through (and
    // building) the pages between.
    onShownChanged: if (detail.shown) pages.jumpTo(detail.currentIndex)
    onCurrentIndexChanged: if (!detail.shown) pages.jumpTo(detail.currentIndex)
    Keys.onLeftPressed: pages.moveTo(pages.currentIndex - 1)
    Keys.onRightPressed: pages.moveTo(pages.currentIndex + 1)

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
                onClicked: pages.moveTo(pages.currentIndex - 1)
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
                onClicked: pages.moveTo(pages.currentIndex + 1)
            }
        }

        SwipeDeck {
            id: pages

            objectName: "detailPages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: detail.exhibition.achievements
            currentIndex: detail.currentIndex
            interactive: !detail.zoomed
            onCurrentIndexRequested: row => detail.currentIndexRequested(row)

            delegate: DetailPage {
                required property string achievementId

                objectName: "page-" + achievementId
                isCurrent: index === pages.currentIndex
                built: detail.shown && (visible || Math.abs(index - pages.currentIndex) <= Theme.pagesKeptNear)
                onQrShown: detail.qrShown(number)
            }
        }
    }
}
