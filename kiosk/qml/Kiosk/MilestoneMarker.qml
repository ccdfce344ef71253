import QtQuick
import QtQuick.Controls

// A marker on the timeline's strip: one milestone (its achievement's number in the
// achievement's colour, filled when done, hollow when planned) or a cluster of milestones too
// close to show apart at this zoom (their count). A ring shows the selected one. Not a button:
// a button would keep the finger, and a pinch whose fingers land on markers must still zoom.
Item {
    id: marker

    required property var info
    required property bool selected
    required property real centreX
    required property real centreY

    readonly property bool cluster: marker.info.count > 1
    readonly property color tone: Theme.colourFor(marker.info.number)
    readonly property bool down: tap.pressed

    signal activated()

    function press(event: KeyEvent): void {
        if (marker.selected && !marker.cluster)
            event.accepted = false;
        else
            marker.activated();
    }

    objectName: marker.info.key
    x: marker.centreX - width / 2
    y: marker.centreY - height / 2
    width: Theme.timelinePitch
    height: Theme.timelinePitch
    z: marker.selected ? 1 : 0
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: marker.info.name
    Accessible.onPressAction: marker.activated()
    // Enter selects; on the selected marker it goes on to the timeline, which opens the achievement.
    Keys.onReturnPressed: event => marker.press(event)
    Keys.onEnterPressed: event => marker.press(event)
    Keys.onSpacePressed: marker.activated()

    TapHandler {
        id: tap

        longPressThreshold: 0   // a slow tap selects too, as a button's would
        onTapped: marker.activated()
    }

    // The selected marker's ring.
    Rectangle {
        anchors.centerIn: parent
        width: Theme.timelinePitch
        height: Theme.timelinePitch
        radius: width / 2
        color: "transparent"
        border.color: Theme.focusRing
        border.width: Theme.focusWidth
        visible: marker.selected || marker.activeFocus
    }

    // A cluster is a small stack of discs.
    Rectangle {
        x: disc.x + Theme.spacingXs
        y: disc.y - Theme.spacingXs
        width: disc.width
        height: disc.height
        radius: width / 2
        color: Theme.textMuted
        border.color: Theme.background
        border.width: Theme.borderWidth
        visible: marker.cluster
    }

    Rectangle {
        id: disc

        anchors.centerIn: parent
        width: Theme.timelineMarker
        height: Theme.timelineMarker
        radius: width / 2
        scale: marker.down ? Theme.pressedScale : 1
        color: marker.cluster ? Theme.text
             : marker.info.planned ? Theme.background : marker.tone
        border.color: marker.cluster ? Theme.background : marker.tone
        border.width: marker.cluster ? Theme.borderWidth : marker.info.planned ? Theme.focusWidth : 0

        Label {
            anchors.centerIn: parent
            text: marker.cluster ? "×" + marker.info.count : marker.info.number
            color: marker.cluster ? Theme.background
                 : marker.info.planned ? marker.tone : Theme.textOnAccent
            font.pixelSize: Math.round(Theme.timelineMarker * 0.42)
            font.bold: true
        }
    }
}
