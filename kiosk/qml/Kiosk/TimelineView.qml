pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.Backend

// The timeline as overview + detail: a strip with the whole span of the pack's milestones
// (along the bottom; down the left side in portrait) and, large, the selected milestone.
// Tapping a marker selects it; previous/next, a swipe on the panel or the arrow keys step in
// date order; a play control steps by itself until the next touch.
FocusScope {
    id: timeline

    required property Exhibition exhibition
    readonly property MilestoneModel milestones: timeline.exhibition.milestones
    readonly property bool portrait: Theme.portrait
    property bool playing: false
    property bool touchStoppedPlay: false
    // Where the detail panel and the toolbar start: beside the strip in portrait.
    readonly property real sideX: timeline.portrait ? strip.x + strip.width + Theme.spacingM : Theme.pageMargin

    signal achievementRequested(int row)

    function selectedPosition(): real {
        const markers = strip.layout.markers ?? [];
        for (let i = 0; i < markers.length; ++i) {
            if (markers[i].indices.indexOf(timeline.milestones.current) >= 0)
                return markers[i].position;
        }
        return -1;
    }

    function revealSelected(): void {
        const at = timeline.selectedPosition();
        if (at >= 0)
            strip.reveal(at);
    }

    function activate(marker: var): void {
        if (marker.count > 1) {
            const inside = marker.indices.indexOf(timeline.milestones.current);
            timeline.milestones.selectIndex(marker.indices[(inside + 1) % marker.count]);
            strip.zoomTo(marker.spanStart, marker.spanEnd);
        } else {
            timeline.milestones.selectIndex(marker.indices[0]);
        }
    }

    // Zoom around the selected milestone while it is in view (else around the middle).
    function zoomBy(factor: real): void {
        const selected = timeline.selectedPosition();
        const at = selected >= 0 ? selected + strip.pad - strip.position : -1;
        const anchor = at >= 0 && at <= strip.viewLength ? at : strip.viewLength / 2;
        strip.zoomAround(strip.zoom * factor, anchor);
        timeline.revealSelected();
    }

    function wholeSpan(): void {
        strip.zoom = 1;
        strip.scrollTo(0);
    }

    function stop(): void {
        timeline.playing = false;
    }

    objectName: "timelineView"
    focus: true
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Timeline")

    Component.onCompleted: timeline.revealSelected()

    Connections {
        target: timeline.milestones

        function onCurrentChanged(): void {
            timeline.revealSelected();
        }
    }

    Keys.onPressed: event => {
        timeline.stop();
        const back = timeline.portrait ? Qt.Key_Up : Qt.Key_Left;
        const forward = timeline.portrait ? Qt.Key_Down : Qt.Key_Right;
        if (event.key === Qt.Key_Left || event.key === Qt.Key_Up || event.key === back) {
            timeline.milestones.step(-1);
        } else if (event.key === Qt.Key_Right || event.key === Qt.Key_Down || event.key === forward) {
            timeline.milestones.step(1);
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            if (timeline.milestones.currentAchievement >= 0)
                timeline.achievementRequested(timeline.milestones.currentAchievement);
        } else if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) {
            timeline.zoomBy(Theme.timelineZoomStep);
        } else if (event.key === Qt.Key_Minus) {
            timeline.zoomBy(1 / Theme.timelineZoomStep);
        } else if (event.key === Qt.Key_0 || event.key === Qt.Key_Home) {
            timeline.wholeSpan();
        } else {
            return;
        }
        event.accepted = true;
    }

    Timer {
        objectName: "timelineAutoplay"
        interval: Theme.timelineDwell
        repeat: true
        running: timeline.playing && timeline.visible
        onTriggered: timeline.milestones.advance()
    }

    MilestoneDetail {
        id: detail

        x: timeline.sideX
        y: timeline.portrait ? toolbar.y + toolbar.height + Theme.spacingM : Theme.pageMargin
        width: timeline.width - Theme.pageMargin - detail.x
        height: (timeline.portrait ? timeline.height - Theme.pageMargin : toolbar.y - Theme.spacingS) - detail.y
        visible: timeline.milestones.count > 0
        stacked: timeline.portrait || detail.width < detail.height * 1.2
        milestone: timeline.milestones.currentMilestone
        count: timeline.milestones.count
        onStepRequested: delta => timeline.milestones.step(delta)
        onOpenRequested: row => timeline.achievementRequested(row)
    }

    Label {
        objectName: "noMilestones"
        anchors.centerIn: detail
        width: detail.width - 2 * Theme.spacingXl
        visible: timeline.milestones.count === 0
        text: qsTr("This exhibition has no milestones to show.")
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontBodyLarge
    }

    // The legend and the strip's controls, in a band of their own beside the strip.
    Flow {
        id: toolbar

        readonly property real available: timeline.width - Theme.pageMargin - timeline.sideX
        // In one row: the legend and the buttons, their spacing between.
        readonly property real rowWidth: legendBox.width + 4 * (Theme.touchTarget + toolbar.spacing)

        objectName: "timelineToolbar"
        width: Math.min(toolbar.available, toolbar.rowWidth)
        x: timeline.width - Theme.pageMargin - toolbar.width
        y: timeline.portrait ? Theme.pageMargin : strip.y - Theme.spacingS - toolbar.height
        spacing: Theme.spacingS

        Item {
            id: legendBox

            width: legend.implicitWidth + 2 * Theme.spacingM
            height: Theme.touchTarget

            RowLayout {
                id: legend

                objectName: "timelineLegend"
                anchors.centerIn: parent
                spacing: Theme.spacingS

                Rectangle {
                    implicitWidth: Theme.iconSize
                    implicitHeight: Theme.iconSize
                    radius: width / 2
                    color: Theme.textMuted
                }

                Label {
                    text: qsTr("done")
                    color: Theme.text
                    font.pixelSize: Theme.fontCaption
                }

                Rectangle {
                    Layout.leftMargin: Theme.spacingM
                    implicitWidth: Theme.iconSize
                    implicitHeight: Theme.iconSize
                    radius: width / 2
                    color: Theme.background
                    border.color: Theme.textMuted
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
            enabled: strip.zoom > 1
            onClicked: timeline.zoomBy(1 / Theme.timelineZoomStep)
        }

        IconButton {
            objectName: "zoomIn"
            iconName: "zoom-in"
            text: qsTr("Zoom in")
            enabled: strip.zoom < Theme.timelineMaxZoom
            onClicked: timeline.zoomBy(Theme.timelineZoomStep)
        }

        IconButton {
            objectName: "zoomWhole"
            iconName: "zoom-fit"
            text: qsTr("Show the whole timeline")
            enabled: strip.zoom > 1
            onClicked: timeline.wholeSpan()
        }

        IconButton {
            objectName: "timelinePlay"
            iconName: timeline.playing ? "pause" : "play"
            text: timeline.playing ? qsTr("Stop the tour") : qsTr("Play a tour of the milestones")
            onClicked: {
                if (!timeline.touchStoppedPlay)
                    timeline.playing = !timeline.playing;
                timeline.touchStoppedPlay = false;
            }
        }
    }

    TimelineStrip {
        id: strip

        objectName: "timelineStrip"
        milestones: timeline.milestones
        language: timeline.exhibition.language
        vertical: timeline.portrait
        x: Theme.pageMargin
        y: timeline.portrait ? Theme.pageMargin : timeline.height - Theme.pageMargin - strip.thickness
        width: timeline.portrait ? strip.thickness : timeline.width - 2 * Theme.pageMargin
        height: timeline.portrait ? timeline.height - 2 * Theme.pageMargin : strip.thickness
        onMarkerActivated: marker => timeline.activate(marker)
    }

    // Any touch or click anywhere stops the tour (and still reaches what it touched).
    Item {
        anchors.fill: parent
        z: 10

        PointHandler {
            onActiveChanged: {
                if (!active)
                    return;
                timeline.touchStoppedPlay = timeline.playing;
                timeline.stop();
            }
        }
    }
}
