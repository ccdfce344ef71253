pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Kiosk.Backend

// One page of the milestones in date order (the Deck chooses which): date, the achievement's
// number, what happened, in full. A filled dot is done, a ring is planned. Like an achievement
// slide, the page scales its type down together when the rows do not fit (no lower than
// Theme.presentFloor), and asks the Deck to move the later rows to another page if they still
// do not.
Item {
    id: slide

    required property Exhibition exhibition
    required property var milestones   // rows of exhibition.milestones shown here
    property real fit: 1
    readonly property real floorFit: Theme.presentFloor / Theme.presentSmall
    readonly property real available: slide.height - rows.y - Theme.presentGap - Theme.presentProgressHeight

    signal overflowed(int keep, int count)

    function typeSize(base: real): int {
        return Math.max(1, Math.round(base * slide.fit));
    }

    // The height of the first `count` rows of this page.
    function rowsHeight(count: int): real {
        let height = 0;
        let shown = 0;
        for (let i = 0; i < rowRepeater.count && shown < count; ++i) {
            const row = rowRepeater.itemAt(i) as TimelineSlideRow;
            if (!row || slide.milestones.indexOf(i) < 0)
                continue;
            height += (shown > 0 ? rows.spacing : 0) + row.neededHeight;
            ++shown;
        }
        return height;
    }

    function refit(): void {
        if (slide.width <= 0 || slide.height <= 0)
            return;
        const count = slide.milestones.length;
        for (let scale = 1;; scale = Math.max(slide.floorFit, scale - Theme.presentFitStep)) {
            slide.fit = scale;
            if (slide.rowsHeight(count) <= slide.available)
                return;
            if (scale <= slide.floorFit)
                break;
        }
        let keep = 0;
        while (keep < count && slide.rowsHeight(keep + 1) <= slide.available)
            ++keep;
        slide.overflowed(keep, count);
        if (slide.milestones.length < count)   // the Deck split it: fit what is left, afresh
            slide.refit();
    }

    onWidthChanged: Qt.callLater(slide.refit)
    onHeightChanged: Qt.callLater(slide.refit)
    onMilestonesChanged: Qt.callLater(slide.refit)
    Component.onCompleted: Qt.callLater(slide.refit)

    Connections {
        target: slide.exhibition

        function onLanguageChanged(): void {
            Qt.callLater(slide.refit);
        }
    }

    Row {
        id: heading

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.presentMargin
        anchors.topMargin: Theme.presentGap
        spacing: Theme.presentGap

        Label {
            objectName: "timelineHeading"
            text: qsTr("Milestones")
            color: Theme.text
            font.pixelSize: Theme.presentHeadline
            font.bold: true
        }

        Repeater {
            model: [false, true]

            delegate: Row {
                id: legend

                required property bool modelData

                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.spacingM

                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.presentDot
                    height: Theme.presentDot
                    radius: Theme.presentDot / 2
                    color: legend.modelData ? "transparent" : Theme.done
                    border.color: legend.modelData ? Theme.planned : Theme.done
                    border.width: Theme.focusWidth
                }

                Label {
                    text: legend.modelData ? qsTr("Planned") : qsTr("Done")
                    color: legend.modelData ? Theme.planned : Theme.done
                    font.pixelSize: Theme.presentSmall
                }
            }
        }
    }

    Column {
        id: rows

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: heading.bottom
        anchors.leftMargin: Theme.presentMargin
        anchors.rightMargin: Theme.presentMargin
        anchors.topMargin: Theme.presentGap
        spacing: slide.typeSize(Theme.presentRowGap)

        Repeater {
            id: rowRepeater

            model: slide.exhibition.milestones

            delegate: TimelineSlideRow {
                id: milestoneRow

                width: rows.width
                visible: slide.milestones.indexOf(milestoneRow.index) >= 0
                textSize: slide.typeSize(Theme.presentSmall)
                dateWidth: slide.typeSize(Theme.presentTimelineDateWidth)
                badgeSize: slide.typeSize(Theme.presentRowBadge)
            }
        }
    }
}
