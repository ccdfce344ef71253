pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.Backend

// 2022 to 2025 on one axis that flicks and pinches. Milestones sit at their dates, as precise
// as they are known; tapping one opens its achievement.
Item {
    id: timeline

    required property Exhibition exhibition
    property real zoom: 3
    readonly property real dayWidth: Theme.timelineDayWidth * timeline.zoom
    readonly property var lanes: timeline.exhibition.milestones.lanes((Theme.timelineCardWidth + Theme.spacingS) / timeline.dayWidth)
    readonly property int laneCount: Math.max(1, Math.max.apply(null, timeline.lanes.concat([0])) + 1)
    readonly property real laneHeight: Theme.timelineLaneHeight
    readonly property real lanesHeight: timeline.laneCount * timeline.laneHeight + Theme.spacingL
    // Lanes and axis sit in the middle of the view, below the year heading.
    readonly property real lanesTop: Math.max(Theme.spacingXxl, (timeline.height - timeline.lanesHeight - Theme.timelineAxisHeight) / 2)
    readonly property real axisY: timeline.lanesTop + timeline.lanesHeight
    readonly property var locale: Qt.locale(timeline.exhibition.language === "en" ? "en_GB"
        : timeline.exhibition.language === "zh-Hans" ? "zh_CN" : "zh_HK")
    readonly property int focusDay: 365 + 31 + 28   // March 2023, where the year's first events are
    property real leftDay: timeline.focusDay        // the day at the left edge, kept across zooms

    signal achievementRequested(int row)

    function zoomAround(factor: real, viewX: real): void {
        const day = (axis.contentX + viewX) / timeline.dayWidth;
        timeline.zoom = Math.max(Theme.timelineMinZoom, Math.min(Theme.timelineMaxZoom, factor));
        timeline.leftDay = day - viewX / timeline.dayWidth;
        timeline.restoreLeftDay();
    }

    function restoreLeftDay(): void {
        const x = timeline.leftDay * timeline.dayWidth;
        axis.contentX = Math.max(0, Math.min(x, axis.contentWidth - axis.width));
    }

    objectName: "timelineView"
    Component.onCompleted: timeline.restoreLeftDay()
    onDayWidthChanged: Qt.callLater(timeline.restoreLeftDay)

    Flickable {
        id: axis

        objectName: "timelineFlickable"
        anchors.fill: parent
        contentWidth: timeline.exhibition.timelineDays * timeline.dayWidth + Theme.timelineCardWidth
        contentHeight: Math.max(height, timeline.axisY + Theme.timelineAxisHeight)
        boundsBehavior: Flickable.StopAtBounds
        maximumFlickVelocity: Theme.flickVelocity
        clip: true
        onMovementEnded: timeline.leftDay = axis.contentX / timeline.dayWidth

        ScrollIndicator.horizontal: ScrollIndicator {}

        Repeater {
            model: timeline.exhibition.timelineYears

            delegate: Rectangle {
                id: yearBand

                required property var modelData
                required property int index

                x: yearBand.modelData.startDay * timeline.dayWidth
                width: yearBand.modelData.days * timeline.dayWidth
                height: axis.contentHeight
                color: yearBand.index % 2 ? Theme.background : Theme.surface

                Label {
                    x: Math.max(Theme.spacingM, Math.min(axis.contentX - yearBand.x + Theme.spacingM,
                                                          yearBand.width - width - Theme.spacingM))
                    y: Theme.spacingS
                    text: yearBand.modelData.year
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontHeadline
                    font.bold: true
                }
            }
        }

        Rectangle {
            objectName: "timelineAxis"
            x: 0
            y: timeline.axisY - height / 2
            width: axis.contentWidth
            height: Theme.borderWidth * 2
            color: Theme.outline
        }

        Repeater {
            model: timeline.exhibition.timelineMonths

            delegate: Item {
                id: month

                required property var modelData

                x: month.modelData.startDay * timeline.dayWidth
                y: timeline.axisY

                Rectangle {
                    width: Theme.borderWidth
                    height: month.modelData.month === 1 ? Theme.spacingXl : Theme.spacingM
                    color: Theme.outline
                }

                Label {
                    x: Theme.spacingXs
                    y: Theme.spacingM
                    visible: timeline.dayWidth * 28 > implicitWidth + Theme.spacingM
                    text: timeline.locale.standaloneMonthName(month.modelData.month - 1, Locale.ShortFormat)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                }
            }
        }

        Repeater {
            model: timeline.exhibition.milestones

            delegate: MilestoneMarker {
                dayWidth: timeline.dayWidth
                lane: timeline.lanes[index] ?? 0
                laneHeight: timeline.laneHeight
                lanesTop: timeline.lanesTop
                axisY: timeline.axisY
                onAchievementRequested: row => timeline.achievementRequested(row)
            }
        }

        // Over the cards, so that it sees a second finger wherever it lands, also when each
        // finger pressed a different card; one finger passes through to the card or the flick.
        Item {
            objectName: "timelinePinchSurface"
            width: axis.contentWidth
            height: axis.contentHeight

            PinchHandler {
                id: pinch

                property real startZoom: 1

                target: null
                grabPermissions: PointerHandler.CanTakeOverFromAnything
                onActiveChanged: if (pinch.active) pinch.startZoom = timeline.zoom
                onActiveScaleChanged: timeline.zoomAround(pinch.startZoom * pinch.activeScale, pinch.centroid.position.x - axis.contentX)
            }
        }
    }

    RowLayout {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        Rectangle {
            implicitWidth: legend.implicitWidth + 2 * Theme.spacingM
            implicitHeight: Theme.touchTarget
            radius: Theme.radiusM
            color: Theme.scrim

            RowLayout {
                id: legend

                anchors.centerIn: parent
                spacing: Theme.spacingS

                Rectangle {
                    implicitWidth: Theme.timelineMarker
                    implicitHeight: Theme.timelineMarker
                    radius: width / 2
                    color: Theme.done
                }

                Label {
                    text: qsTr("done")
                    color: Theme.text
                    font.pixelSize: Theme.fontCaption
                }

                Rectangle {
                    Layout.leftMargin: Theme.spacingM
                    implicitWidth: Theme.timelineMarker
                    implicitHeight: Theme.timelineMarker
                    radius: width / 2
                    color: Theme.background
                    border.color: Theme.planned
                    border.width: Theme.focusWidth
                }

                Label {
                    text: qsTr("planned")
                    color: Theme.text
                    font.pixelSize: Theme.fontCaption
                }
            }
        }

        IconButton {
            objectName: "zoomOut"
            iconName: "zoom-out"
            text: qsTr("Zoom out")
            enabled: timeline.zoom > Theme.timelineMinZoom
            onClicked: timeline.zoomAround(timeline.zoom / Theme.timelineZoomStep, axis.width / 2)
        }

        IconButton {
            objectName: "zoomIn"
            iconName: "zoom-in"
            text: qsTr("Zoom in")
            enabled: timeline.zoom < Theme.timelineMaxZoom
            onClicked: timeline.zoomAround(timeline.zoom * Theme.timelineZoomStep, axis.width / 2)
        }
    }
}
