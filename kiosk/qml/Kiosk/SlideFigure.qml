import QtQuick
import QtQuick.Controls

// One key figure on a slide: the number in gold over what it counts. The slide gives all of
// its figures one type size and one number height, so that their labels line up.
Column {
    id: figure

    required property string figureText
    required property string labelText
    required property int numeralSize
    required property int labelSize
    required property real numeralHeight
    readonly property real numeralImplicitHeight: numeral.implicitHeight
    readonly property real labelImplicitHeight: caption.implicitHeight

    spacing: Theme.spacingXs

    Label {
        id: numeral

        objectName: "slideFigure"
        width: figure.width
        height: Math.max(numeral.implicitHeight, figure.numeralHeight)
        verticalAlignment: Text.AlignBottom
        text: figure.figureText
        wrapMode: Text.Wrap
        color: Theme.gold
        font.pixelSize: figure.numeralSize
        font.bold: true
    }

    Label {
        id: caption

        objectName: "slideFigureLabel"
        width: figure.width
        text: figure.labelText
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.pixelSize: figure.labelSize
    }
}
