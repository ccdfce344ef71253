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
    readonly property bool zoomed: pages.currentItem !== null && (pages.currentItem as DetailPage).zoomLevel > 1

    signal backRequested
    signal currentIndexRequested(int row)

    objectName: "detailView"
    onCurrentIndexChanged: if (pages.currentIndex !== detail.currentIndex) pages.moveTo(detail.currentIndex)

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

        ListView {
            id: pages

            // Moves to a card in a short glide. (Qt 6.12: a SnapOneItem view sized by its
            // parent after creation glides to a new currentIndex at a crawl, so the view's own
            // highlight animation is not used for moves made by buttons and keys.)
            function moveTo(row: int): void {
                const target = Math.max(0, Math.min(row, pages.count - 1));
                const from = pages.contentX;
                pages.positionViewAtIndex(target, ListView.Center);
                const to = pages.contentX;
                pages.contentX = from;
                glide.to = to;
                glide.row = target;
                glide.restart();
            }


            objectName: "detailPages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: ListView.Horizontal
            snapMode: ListView.SnapOneItem
            highlightRangeMode: ListView.StrictlyEnforceRange
            currentIndex: detail.currentIndex
            // An invisible highlight lets the current index follow the view as it glides.
            highlight: Item {}
            highlightMoveDuration: Theme.durationNormal
            highlightMoveVelocity: Theme.snapVelocity
            maximumFlickVelocity: Theme.flickVelocity
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            model: detail.exhibition.achievements
            interactive: !detail.zoomed
            // Only the visitor's moves report back; the view's own settling while it is laid out
            // does not.
            onCurrentIndexChanged: {
                if ((pages.moving || glide.running) && pages.currentIndex !== detail.currentIndex)
                    detail.currentIndexRequested(pages.currentIndex);
            }
            // Qt 6.12: a SnapOneItem view sized after it was made (by a layout) glides to a new
            // current item at a crawl; setting the snap mode again after each resize cures it.

            NumberAnimation {
                id: glide

                property int row: 0

                target: pages
                property: "contentX"
                duration: Theme.durationNormal
                easing.type: Easing.OutCubic
                onFinished: detail.currentIndexRequested(glide.row)
            }

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
