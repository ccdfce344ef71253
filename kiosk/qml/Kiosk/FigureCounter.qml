import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A key figure as a big numeral that counts up from zero, with what it counts underneath.
ColumnLayout {
    id: counter

    required property var figure
    property int numeralSize: Theme.fontNumeral
    property bool playing: false
    property real shown: counter.figure.numeric

    function formatted(value: real): string {
        const fixed = value.toFixed(counter.figure.decimals);
        if (!counter.figure.grouped)
            return fixed;
        const parts = fixed.split(".");
        parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ",");
        return parts.join(".");
    }

    function play(): void {
        countUp.restart();
    }

    spacing: Theme.spacingXs
    Accessible.role: Accessible.StaticText
    Accessible.name: counter.figure.display + ", " + counter.figure.label

    onPlayingChanged: if (counter.playing) counter.play()
    Component.onCompleted: if (counter.playing) counter.play()

    NumberAnimation {
        id: countUp

        target: counter
        property: "shown"
        from: 0
        to: counter.figure.numeric
        duration: Theme.durationCountUp
        easing.type: Easing.OutCubic
    }

    Label {
        objectName: "figureNumeral"
        Layout.fillWidth: true
        text: counter.figure.lead + counter.formatted(counter.shown) + counter.figure.trail
        wrapMode: Text.Wrap
        color: Theme.gold
        font.pixelSize: counter.numeralSize
        font.bold: true
        Accessible.ignored: true
    }

    Label {
        objectName: "figureLabel"
        Layout.fillWidth: true
        text: counter.figure.label
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        Accessible.ignored: true
    }
}
