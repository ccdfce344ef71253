import QtQuick

// A beat that draws the eye to a control: the target's property swells to `peak` and back, then
// rests. Between beats nothing animates, so a screen at rest asks for no frames (a looping
// animation, even a pause, keeps the renderer drawing every frame). The beat itself is drawn in
// steps `step` ms apart, not at the display's frame rate: a slow swell of a few percent looks the
// same at 20 steps a second, and each step is a frame to draw (a third of the frames at 60 Hz).
QtObject {
    id: pulse

    required property QtObject target
    required property string propertyName
    required property real peak
    property bool running: false
    readonly property real rest: 1
    readonly property int step: 50
    property real beatStarted: 0

    // The property at `elapsed` ms into the beat: up and back with the ease of a sine
    function valueAt(elapsed: real): real {
        const phase = (elapsed % (2 * Theme.durationPulse)) / Theme.durationPulse;
        return rest + (peak - rest) * (1 - Math.cos(Math.PI * phase)) / 2;
    }

    readonly property Timer restTimer: Timer {
        interval: Theme.pulseRest
        repeat: true
        triggeredOnStart: true
        running: pulse.running && !Theme.reduceMotion
        onTriggered: {
            pulse.beatStarted = Date.now();
            pulse.beat.restart();
        }
        onRunningChanged: if (!running) {
            pulse.beat.stop();
            pulse.target[pulse.propertyName] = pulse.rest;
        }
    }

    readonly property Timer beat: Timer {
        interval: pulse.step
        repeat: true
        onTriggered: {
            const elapsed = Date.now() - pulse.beatStarted;
            if (elapsed >= 2 * Theme.durationPulse * Theme.pulseBeats) {
                stop();
                pulse.target[pulse.propertyName] = pulse.rest;
            } else {
                pulse.target[pulse.propertyName] = pulse.valueAt(elapsed);
            }
        }
    }
}
