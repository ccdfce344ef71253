pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Kiosk.Backend

// The overview: the whole span of the pack's milestones on one axis, years and month ticks on
// one side, markers in rows on the other. Along the screen's width, or down it (`vertical`).
// Zoom stretches the time along the axis only: the strip never grows across it. Where
// everything lies comes from the milestone model (Python); this only draws it.
Item {
    id: strip

    required property MilestoneModel milestones
    required property string language
    property bool vertical: false
    property real zoom: 1

    readonly property real viewLength: strip.vertical ? strip.height : strip.width
    // Room at each end for half a marker, so that none lies flush against the edge.
    readonly property real pad: Theme.timelinePitch / 2 + Theme.spacingS
    readonly property real baseLength: Math.max(1, strip.viewLength - 2 * strip.pad)
    readonly property real scaleLength: strip.baseLength * strip.zoom
    readonly property real minYear: Math.max(yearMetrics.width + 2 * Theme.spacingM, yearMetrics.height + Theme.timelinePitch)
    // Laid out again when the language (the markers' names) or the pack (its span) changes.
    readonly property var layout: strip.milestones.layout(strip.baseLength, strip.zoom, strip.minYear,
        Theme.timelinePitch, Theme.timelineRows, strip.language, strip.milestones.count)
    readonly property real position: strip.vertical ? view.contentY : view.contentX
    // Across the strip: the labels' side, the axis, then the markers' rows.
    readonly property real markerSide: Theme.timelineRows * Theme.timelinePitch + Theme.spacingS
    readonly property real labelSide: strip.vertical
        ? yearMetrics.width + monthMetrics.width + Theme.timelineTick + 3 * Theme.spacingS
        : Theme.timelineTick + monthMetrics.height + yearMetrics.height + 2 * Theme.spacingXs
    readonly property real thickness: strip.markerSide + strip.labelSide
    readonly property real axisAt: strip.vertical ? strip.labelSide : strip.markerSide
    readonly property var locale: Qt.locale(strip.language === "en" ? "en_GB"
        : strip.language === "zh-Hans" ? "zh_CN" : "zh_HK")

    // What a delegate shows for a moment while the strip lays out again with fewer of them.
    readonly property var noYear: ({ year: 0, start: 0, size: 0 })
    readonly property var noMonth: ({ year: 0, month: 1, start: 0, size: 0 })
    readonly property var noSpan: ({ index: -1, start: 0, end: 0, day: false, planned: false })
    readonly property var noMarker: ({ key: "", indices: [], count: 1, position: 0, row: 0,
        number: 1, planned: false, spanStart: 0, spanEnd: 0, name: "" })

    signal markerActivated(var marker)

    // A point along the axis (content coordinates) and a distance from the axis to the
    // markers' side (negative: the labels' side), as x and y.
    function xAt(along: real, across: real): real {
        return strip.vertical ? strip.axisAt + across : along;
    }

    function yAt(along: real, across: real): real {
        return strip.vertical ? along : strip.axisAt - across;
    }

    function scrollTo(value: real): void {
        const limit = Math.max(0, strip.scaleLength + 2 * strip.pad - strip.viewLength);
        const clamped = Math.max(0, Math.min(value, limit));
        if (strip.vertical)
            view.contentY = clamped;
        else
            view.contentX = clamped;
    }

    // Zoom to `factor`, keeping the moment under `at` (pixels from the strip's start) in place.
    function zoomAround(factor: real, at: real): void {
        const share = (strip.position + at - strip.pad) / strip.scaleLength;
        strip.zoom = Math.max(1, Math.min(Theme.timelineMaxZoom, factor));
        strip.scrollTo(share * strip.scaleLength + strip.pad - at);
    }

    // Zoom so that the stretch from `start` to `end` (positions on the axis) fills the strip.
    function zoomTo(start: real, end: real): void {
        const share = (end - start) / strip.scaleLength;
        const factor = strip.zoom * 0.6 / Math.max(share, 1e-6);
        const middle = ((start + end) / 2) / strip.scaleLength;
        strip.zoom = Math.max(1, Math.min(Theme.timelineMaxZoom, factor));
        strip.scrollTo(middle * strip.scaleLength + strip.pad - strip.viewLength / 2);
    }

    // Whether a stretch of the axis (content positions) lies wholly in view. What does not is
    // hidden rather than cut at the strip's ends when zoomed.
    function shows(along: real, length: real): bool {
        return along >= strip.position - 0.5 && along + length <= strip.position + strip.viewLength + 0.5;
    }

    // Scroll (without zooming) so that `along` lies inside the strip's visible part.
    function reveal(along: real): void {
        const at = along + strip.pad;
        const margin = Theme.timelinePitch;
        if (at - margin < strip.position)
            strip.scrollTo(at - margin);
        else if (at + margin > strip.position + strip.viewLength)
            strip.scrollTo(at + margin - strip.viewLength);
    }

    implicitWidth: strip.vertical ? strip.thickness : 0
    implicitHeight: strip.vertical ? 0 : strip.thickness
    onScaleLengthChanged: if (strip.zoom <= 1) strip.scrollTo(0)

    TextMetrics {
        id: yearMetrics

        font.pixelSize: Theme.fontBody
        font.bold: true
        text: "2088"
    }

    TextMetrics {
        id: monthMetrics

        font.pixelSize: Theme.fontCaption
        text: strip.language === "en" ? "May" : "12月"
    }

    Rectangle {
        anchors.fill: parent
        radius: Theme.radiusM
        color: Theme.surface
    }

    Flickable {
        id: view

        objectName: "timelineFlickable"
        anchors.fill: parent
        contentWidth: strip.vertical ? width : strip.scaleLength + 2 * strip.pad
        contentHeight: strip.vertical ? strip.scaleLength + 2 * strip.pad : height
        flickableDirection: strip.vertical ? Flickable.VerticalFlick : Flickable.HorizontalFlick
        boundsBehavior: Flickable.StopAtBounds
        maximumFlickVelocity: Theme.flickVelocity
        interactive: strip.zoom > 1
        clip: true

        Item {
            id: content

            x: strip.vertical ? 0 : strip.pad
            y: strip.vertical ? strip.pad : 0
            width: strip.vertical ? strip.width : strip.scaleLength
            height: strip.vertical ? strip.scaleLength : strip.height

            // Year bands, alternately shaded, each with its year kept in view while any of it is.
            Repeater {
                model: strip.layout.years.length

                delegate: Item {
                    id: band

                    required property int index
                    readonly property var modelData: strip.layout.years[band.index] ?? strip.noYear

                    readonly property real visibleStart: strip.position - strip.pad

                    x: strip.vertical ? 0 : band.modelData.start
                    y: strip.vertical ? band.modelData.start : 0
                    width: strip.vertical ? strip.width : band.modelData.size
                    height: strip.vertical ? band.modelData.size : strip.height

                    Rectangle {
                        anchors.fill: parent
                        color: band.index % 2 ? Theme.surface : Theme.surfaceRaised
                    }

                    Rectangle {   // the year's boundary
                        x: 0
                        y: 0
                        width: strip.vertical ? strip.width : Theme.borderWidth
                        height: strip.vertical ? Theme.borderWidth : strip.height
                        color: Theme.outline
                        visible: band.index > 0
                    }

                    Label {
                        id: yearLabel

                        readonly property real along: Math.max(Theme.spacingS, Math.min(
                            band.visibleStart - band.modelData.start + Theme.spacingS,
                            band.modelData.size - (strip.vertical ? height : width) - Theme.spacingS))

                        objectName: "timelineYear"
                        visible: strip.shows(strip.pad + band.modelData.start + yearLabel.along,
                                             strip.vertical ? height : width)
                        x: strip.vertical ? Theme.spacingS : yearLabel.along
                        y: strip.vertical ? yearLabel.along : strip.height - height - Theme.spacingXs
                        text: band.modelData.year
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                    }
                }
            }

            // The axis.
            Rectangle {
                objectName: "timelineAxis"
                x: strip.vertical ? strip.axisAt - width / 2 : 0
                y: strip.vertical ? 0 : strip.axisAt - height / 2
                width: strip.vertical ? Theme.borderWidth * 2 : content.width
                height: strip.vertical ? content.height : Theme.borderWidth * 2
                color: Theme.outline
            }

            // Month ticks, and the month's name where there is room for it.
            Repeater {
                model: strip.layout.months.length

                delegate: Item {
                    id: month

                    required property int index
                    readonly property var modelData: strip.layout.months[month.index] ?? strip.noMonth

                    readonly property bool roomy: month.modelData.size
                        > (strip.vertical ? monthMetrics.height : monthMetrics.width) + Theme.spacingS

                    x: strip.xAt(month.modelData.start, 0)
                    y: strip.yAt(month.modelData.start, 0)

                    Rectangle {
                        x: strip.vertical ? -width : 0
                        width: strip.vertical ? Theme.timelineTick : Theme.borderWidth
                        height: strip.vertical ? Theme.borderWidth : Theme.timelineTick
                        color: Theme.textMuted
                        visible: month.modelData.month > 1
                    }

                    Label {
                        id: monthLabel

                        // Shown whole or not at all: none cut at the strip's ends when zoomed.
                        readonly property real along: strip.pad + month.modelData.start
                            + (strip.vertical ? monthLabel.y : monthLabel.x)

                        objectName: "timelineMonth"
                        x: strip.vertical ? -Theme.timelineTick - Theme.spacingXs - width
                                          : (month.modelData.size - width) / 2
                        y: strip.vertical ? (month.modelData.size - height) / 2 : Theme.timelineTick
                        visible: month.roomy && strip.shows(monthLabel.along, strip.vertical ? height : width)
                        text: strip.locale.standaloneMonthName(month.modelData.month - 1, Locale.ShortFormat)
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontCaption
                    }
                }
            }

            // Each milestone's true span on the axis: a day is a dot, a range of days, a month,
            // a quarter or a year a bar over the time it covers.
            Repeater {
                model: strip.layout.spans.length

                delegate: Rectangle {
                    id: span

                    required property int index
                    readonly property var modelData: strip.layout.spans[span.index] ?? strip.noSpan

                    readonly property real thick: span.modelData.day ? Theme.timelineSpan * 1.4 : Theme.timelineSpan
                    readonly property real long: Math.max(span.thick, span.modelData.end - span.modelData.start)
                    readonly property color tone: span.modelData.planned ? Theme.planned : Theme.done

                    x: strip.vertical ? strip.axisAt - span.thick / 2 : (span.modelData.start + span.modelData.end - span.long) / 2
                    y: strip.vertical ? (span.modelData.start + span.modelData.end - span.long) / 2 : strip.axisAt - span.thick / 2
                    width: strip.vertical ? span.thick : span.long
                    height: strip.vertical ? span.long : span.thick
                    radius: span.thick / 2
                    color: span.modelData.day ? span.tone : Qt.rgba(span.tone.r, span.tone.g, span.tone.b, Theme.spanOpacity)
                }
            }

            // Stems from each marker to its moment on the axis, behind every marker.
            Repeater {
                model: strip.layout.markers.length

                delegate: Rectangle {
                    id: stem

                    required property int index
                    readonly property var modelData: strip.layout.markers[stem.index] ?? strip.noMarker

                    readonly property real reach: (stem.modelData.row + 0.5) * Theme.timelinePitch + Theme.spacingS

                    x: strip.vertical ? strip.axisAt : stem.modelData.position - width / 2
                    y: strip.vertical ? stem.modelData.position - height / 2 : strip.axisAt - stem.reach
                    width: strip.vertical ? stem.reach : Theme.timelineStem
                    height: strip.vertical ? Theme.timelineStem : stem.reach
                    color: Theme.textMuted
                    opacity: 0.6
                    visible: strip.shows(strip.pad + stem.modelData.position - Theme.timelinePitch / 2, Theme.timelinePitch)
                }
            }

            Repeater {
                model: strip.layout.markers.length

                delegate: MilestoneMarker {
                    id: marker

                    required property int index

                    info: strip.layout.markers[marker.index] ?? strip.noMarker

                    readonly property real across: (marker.info.row + 0.5) * Theme.timelinePitch + Theme.spacingS

                    visible: strip.shows(strip.pad + marker.info.position - Theme.timelinePitch / 2, Theme.timelinePitch)
                    selected: marker.info.indices.indexOf(strip.milestones.current) >= 0
                    centreX: strip.xAt(marker.info.position, marker.across)
                    centreY: strip.yAt(marker.info.position, marker.across)
                    onActivated: strip.markerActivated(marker.info)
                }
            }
        }

        // Over the markers, so that it sees a second finger wherever it lands, also when each
        // finger pressed a marker; one finger passes through to the marker or the flick.
        Item {
            objectName: "timelinePinchSurface"
            width: view.contentWidth
            height: view.contentHeight

            PinchHandler {
                id: pinch

                property real startZoom: 1

                target: null
                grabPermissions: PointerHandler.CanTakeOverFromAnything
                onActiveChanged: if (pinch.active) pinch.startZoom = strip.zoom
                onActiveScaleChanged: strip.zoomAround(pinch.startZoom * pinch.activeScale,
                    (strip.vertical ? pinch.centroid.position.y : pinch.centroid.position.x) - strip.position)
            }
        }
    }
}
