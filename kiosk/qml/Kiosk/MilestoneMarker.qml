import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A milestone on the timeline: a card in its lane, a stem down to the axis, and the span it
// covers on the axis (a day is a dot; a month, quarter or year is a bar). Planned ones are gold
// and hollow; a tap opens the linked achievement.
Item {
    id: marker

    required property int index
    required property string milestoneId
    required property string dateText
    required property string label
    required property bool planned
    required property int startDay
    required property int endDay
    required property var achievementNumbers
    required property int achievementIndex
    required property real dayWidth
    required property int lane
    required property real laneHeight
    required property real lanesTop
    required property string precision
    required property real axisY

    signal achievementRequested(int row)

    readonly property color tone: marker.planned ? Theme.planned : Theme.done
    readonly property real spanWidth: Math.max(Theme.timelineMarker, (marker.endDay - marker.startDay) * marker.dayWidth)

    x: marker.startDay * marker.dayWidth
    y: 0
    width: Math.max(Theme.timelineCardWidth, marker.spanWidth)
    height: marker.axisY + Theme.timelineMarker

    Rectangle {
        id: stem

        x: Theme.timelineMarker / 2 - width / 2
        y: card.y + card.height
        width: Theme.borderWidth
        height: Math.max(0, marker.axisY - y)
        color: marker.tone
        opacity: 0.6
    }

    // A day is a solid dot; a month, quarter or year a lighter bar over the time it covers.
    Rectangle {
        objectName: "milestoneSpan"
        x: 0
        y: marker.axisY - height / 2
        width: marker.spanWidth
        height: marker.precision === "day" ? Theme.timelineMarker : Theme.timelineSpan
        radius: height / 2
        color: marker.planned ? Theme.background
             : marker.precision === "day" ? marker.tone : Qt.rgba(marker.tone.r, marker.tone.g, marker.tone.b, Theme.spanOpacity)
        border.color: marker.tone
        border.width: Theme.focusWidth
    }

    // Not a button: a button takes the finger that presses it, and the timeline's pinch would
    // then miss a pinch whose fingers land on two cards. A tap handler only watches the finger.
    Item {
        id: card

        readonly property bool down: tap.pressed

        function open(): void {
            marker.achievementRequested(marker.achievementIndex);
        }

        objectName: "milestone-" + marker.milestoneId
        x: 0
        y: marker.lanesTop + marker.lane * marker.laneHeight
        width: Theme.timelineCardWidth
        height: marker.laneHeight - Theme.spacingS
        activeFocusOnTab: true
        Accessible.role: Accessible.Button
        Accessible.name: marker.dateText + ", " + marker.label
        Accessible.onPressAction: card.open()
        Keys.onReturnPressed: card.open()
        Keys.onEnterPressed: card.open()
        Keys.onSpacePressed: card.open()
        scale: card.down ? Theme.pressedScale : 1

        TapHandler {
            id: tap

            longPressThreshold: 0   // a slow tap opens too, as a button's would
            onTapped: card.open()
        }

        Rectangle {
            anchors.fill: parent
            radius: Theme.radiusM
            color: card.down ? Theme.surfacePressed : Theme.surface
            border.color: card.activeFocus ? Theme.focusRing : marker.tone
            border.width: card.activeFocus ? Theme.focusWidth : Theme.borderWidth
        }

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacingS
            spacing: Theme.spacingXs

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs

                Repeater {
                    model: marker.achievementNumbers

                    delegate: NumberBadge {
                        required property int modelData

                        number: modelData
                        diameter: Theme.px(34)
                    }
                }

                Label {
                    Layout.fillWidth: true
                    text: marker.dateText
                    wrapMode: Text.Wrap
                    color: marker.tone
                    font.pixelSize: Theme.fontCaption
                    font.bold: true
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.fillHeight: true
                text: marker.label + (marker.planned ? " · " + qsTr("planned") : "")
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignTop
                color: Theme.text
                font.pixelSize: Theme.fontCaption
            }
        }
    }
}
