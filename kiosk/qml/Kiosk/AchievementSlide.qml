pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// One achievement as a slide: on the left the illustration with the two figures that matter
// under it, on the right the number, the headline and the points (from the Deck). A figure's
// value reads as one line: where the widest does not fit under the picture even at the
// smallest size figures take, the figures go beneath both columns, across the slide's width
// (`figuresBelow`). Every word is shown whole: when the text does not fit, all of the slide's type shrinks together (no
// lower than Theme.presentFloor); when it still does not fit, `overflowed` asks the Deck to
// move the later points to a continuation slide.
Item {
    id: slide

    required property int slideIndex
    required property int number
    required property string headline
    required property var points
    required property bool continued
    required property var figures
    required property string imageUrl
    required property string imageAlt
    required property string imageKind
    required property int imageWidth
    required property int imageHeight
    // The slide's one type scale, 1 at the reading size, and the picture's share of the width,
    // both set by refit().
    property real fit: 1
    property real imageShare: Theme.presentImageShare
    readonly property real floorFit: Theme.presentFloor / Theme.presentBody
    // The figures' numbers at a size at which the widest fits its column (set by refit()).
    property real numeralShare: 1
    property real numeralHeight: 0
    // The figures across the slide beneath both columns, not under the picture (set by refit()).
    property bool figuresBelow: false
    readonly property int figureCount: slide.figures.length
    readonly property real columnGap: Theme.presentGap
    readonly property real textWidth: area.width - left.width - slide.columnGap

    // The text does not fit even at the smallest type: the first `keep` of its `count` points do.
    signal overflowed(int keep, int count)

    function typeSize(base: real): int {
        return Math.max(1, Math.round(base * slide.fit));
    }

    function rightHeight(count: int): real {
        let height = Math.max(badge.height, headlineText.implicitHeight);
        // (the slide's flag, not the label's visibility: slides are fitted while hidden)
        if (slide.continued)
            height += right.spacing + continuedText.implicitHeight;
        for (let i = 0; i < count; ++i) {
            const point = pointRepeater.itemAt(i) as Label;
            if (point)
                height += right.spacing + point.implicitHeight;
        }
        return height;
    }

    function figuresHeight(): real {
        let numerals = 0;
        let labels = 0;
        for (let i = 0; i < figureRepeater.count; ++i) {
            const figure = figureRepeater.itemAt(i) as SlideFigure;
            if (!figure)
                continue;
            numerals = Math.max(numerals, figure.numeralImplicitHeight);
            labels = Math.max(labels, figure.labelImplicitHeight);
        }
        slide.numeralHeight = numerals;
        return slide.figureCount > 0 ? numerals + Theme.spacingXs + labels : 0;
    }

    // The height the columns have: the area's, less the figures' where they go beneath both.
    function columnsHeight(figures: real): real {
        return slide.figuresBelow && slide.figureCount > 0 ? area.height - figures - slide.columnGap : area.height;
    }

    function fits(): bool {
        const figures = slide.figuresHeight();
        return slide.rightHeight(pointRepeater.count) <= slide.columnsHeight(figures) && figures <= area.height * Theme.presentFigureShare;
    }

    // The widest picture at which the text fits at the reading size; else the narrowest and
    // the largest type at which it fits; else the smallest type, and the split.
    function refit(): void {
        if (area.width <= 0 || area.height <= 0)
            return;
        slide.fit = 1;
        // A wider picture must not break the headline into more lines.
        slide.imageShare = Theme.presentImageShare;
        const headlineLines = headlineText.lineCount;
        for (let share = Theme.presentImageShareMax;; share = Math.max(Theme.presentImageShare, share - Theme.presentFitStep)) {
            slide.imageShare = share;
            slide.measureNumerals();
            if (headlineText.lineCount <= headlineLines && slide.fits())
                return;
            if (share <= Theme.presentImageShare)
                break;
        }
        for (let scale = 1 - Theme.presentFitStep;; scale = Math.max(slide.floorFit, scale - Theme.presentFitStep)) {
            slide.fit = scale;
            if (slide.fits())
                return;
            if (scale <= slide.floorFit)
                break;
        }
        let keep = 0;
        const height = slide.columnsHeight(slide.figuresHeight());
        while (keep < pointRepeater.count && slide.rightHeight(keep + 1) <= height)
            ++keep;
        const count = pointRepeater.count;
        if (keep < count) {
            slide.overflowed(keep, count);
            if (pointRepeater.count < count)   // the Deck split it: fit what is left, afresh
                slide.refit();
        }
    }

    // Where the figures go, and how much of the numbers' full size lets the widest one fit its
    // column on one line: under the picture if it fits there at the figures' smallest size,
    // else beneath both columns.
    function measureNumerals(): void {
        let widest = 0;
        for (let i = 0; i < slide.figureCount; ++i) {
            numeralMetrics.text = slide.figures[i].display;
            widest = Math.max(widest, numeralMetrics.advanceWidth);
        }
        const smallest = widest * slide.typeSize(Theme.presentHeadline) / Theme.presentNumeral;
        slide.figuresBelow = smallest > slide.columnFigureWidth(left.width);
        slide.numeralShare = widest > 0 ? Math.min(1, slide.figureWidth() / widest) : 1;
    }

    function columnFigureWidth(width: real): real {
        const count = Math.max(1, slide.figureCount);
        return (width - (count - 1) * slide.columnGap) / count;
    }

    function figureWidth(): real {
        return slide.columnFigureWidth(slide.figuresBelow ? area.width : left.width);
    }

    onWidthChanged: Qt.callLater(slide.refit)
    onHeightChanged: Qt.callLater(slide.refit)
    onPointsChanged: Qt.callLater(slide.refit)
    onHeadlineChanged: Qt.callLater(slide.refit)
    onFiguresChanged: Qt.callLater(slide.refit)
    Component.onCompleted: Qt.callLater(slide.refit)

    TextMetrics {
        id: numeralMetrics

        font.family: headlineText.font.family
        font.pixelSize: Theme.presentNumeral
        font.bold: true
    }

    Item {
        id: area

        anchors.fill: parent
        anchors.margins: Theme.presentMargin
        anchors.bottomMargin: Theme.presentMargin + Theme.presentProgressHeight
    }

    // What the two columns share: the area, above the figures where they go beneath both.
    Item {
        id: columns

        x: area.x
        y: area.y
        width: area.width
        height: slide.figuresBelow && slide.figureCount > 0 ? area.height - figureRow.height - slide.columnGap : area.height
    }

    // The picture and, under it, the figures (or room for them): one block, centred in the
    // columns' height.
    Column {
        id: left

        readonly property bool holdsFigures: slide.figureCount > 0 && !slide.figuresBelow

        x: area.x
        anchors.verticalCenter: columns.verticalCenter
        width: area.width * slide.imageShare
        spacing: left.holdsFigures ? slide.columnGap : 0

        Item {
            width: left.width
            // As tall as the picture at this width, in what the figures leave.
            height: Math.min(columns.height - figureSlot.height - left.spacing, left.width * slide.imageHeight / Math.max(1, slide.imageWidth))

            Image {
                id: illustration

                objectName: "slideIllustration"
                anchors.fill: parent
                source: slide.imageUrl
                sourceSize.width: Math.max(1, width)
                sourceSize.height: Math.max(1, height)
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                Accessible.role: Accessible.Graphic
                Accessible.name: slide.imageAlt
            }

            IllustrationLabel {
                x: (parent.width + illustration.paintedWidth) / 2 - width - Theme.spacingS
                y: (parent.height + illustration.paintedHeight) / 2 - height - Theme.spacingS
                kind: slide.imageKind
            }
        }

        Item {
            id: figureSlot

            width: left.width
            height: left.holdsFigures ? figureRow.height : 0
        }
    }

    // The figures, at one size with their labels aligned: in the slot under the picture, or
    // across the area's foot.
    Row {
        id: figureRow

        objectName: "slideFigures"
        visible: slide.figureCount > 0
        x: area.x
        y: left.holdsFigures ? left.y + figureSlot.y : area.y + area.height - figureRow.height
        width: slide.figuresBelow ? area.width : left.width
        height: slide.figureCount > 0 ? implicitHeight : 0
        spacing: slide.columnGap

        Repeater {
            id: figureRepeater

            model: slide.figures

            delegate: SlideFigure {
                required property var modelData

                width: slide.figureWidth()
                figureText: modelData.display
                labelText: modelData.label
                numeralSize: Math.max(slide.typeSize(Theme.presentHeadline), Math.min(slide.typeSize(Theme.presentNumeral), Math.floor(Theme.presentNumeral * slide.numeralShare)))
                labelSize: slide.typeSize(Theme.presentSmall)
                numeralHeight: slide.numeralHeight
            }
        }
    }

    // The number and headline, then the points: centred in the slide's height.
    Column {
        id: right

        x: area.x + left.width + slide.columnGap
        anchors.verticalCenter: columns.verticalCenter
        width: slide.textWidth
        spacing: slide.typeSize(Theme.spacingXl)

        Row {
            spacing: Theme.spacingL

            NumberBadge {
                id: badge

                anchors.verticalCenter: parent.verticalCenter
                number: slide.number
                diameter: slide.typeSize(Theme.presentBadge)
            }

            Label {
                id: headlineText

                objectName: "slideHeadline"
                anchors.verticalCenter: parent.verticalCenter
                width: slide.textWidth - badge.width - parent.spacing
                text: slide.headline
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: slide.typeSize(Theme.presentHeadline)
                font.bold: true
                Accessible.role: Accessible.Heading
            }
        }

        Label {
            id: continuedText

            objectName: "slideContinued"
            visible: slide.continued
            width: slide.textWidth
            text: qsTr("continued")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: slide.typeSize(Theme.presentSmall)
        }

        Repeater {
            id: pointRepeater

            model: slide.points

            delegate: Label {
                id: point

                required property string modelData

                objectName: "slidePoint"
                width: slide.textWidth
                leftPadding: Theme.presentDot + Theme.spacingL
                text: point.modelData
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: slide.typeSize(Theme.presentBody)

                Rectangle {
                    // On the first line, centred on its height.
                    y: (point.font.pixelSize * Theme.presentDotOffset - Theme.presentDot) / 2
                    width: Theme.presentDot
                    height: Theme.presentDot
                    radius: Theme.presentDot / 2
                    color: Theme.colourFor(slide.number)
                }
            }
        }
    }
}
