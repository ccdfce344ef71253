import QtQuick

// A beat that draws the eye to a control: the target's property swells to `peak` and back, then
// rests. Between beats nothing animates, so a screen at rest asks for no frames (a looping
// animation, even a pause, keeps the renderer drawing every frame).
QtObject {
    id: pulse

    required property QtObject target
    required property string propertyName
    required property real peak
    property bool running: false
    readonly property real rest: 1

    readonly property Timer restTimer: Timer {
        interval: Theme.pulseRest
        repeat: true
        triggeredOnStart: true
        running: pulse.running && !Theme.reduceMotion
        onTriggered: pulse.beat.restart()
        onRunningChanged: if (!running) {
            pulse.beat.stop();
            pulse.target[pulse.propertyName] = pulse.rest;
        }
    }

    readonly property SequentialAnimation beat: SequentialAnimation {
        loops: Theme.pulseBeats

        NumberAnimation {
            target: pulse.target
            property: pulse.propertyName
            to: pulse.peak
            duration: Theme.durationPulse
            easing.type: Easing.InOutSine
        }
        NumberAnimation {
            target: pulse.target
            property: pulse.propertyName
            to: pulse.rest
            duration: Theme.durationPulse
            easing.type: Easing.InOutSine
        }
    }
}
