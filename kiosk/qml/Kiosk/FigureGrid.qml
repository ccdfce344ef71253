pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// A page's key figures in one even grid: as many columns as fit (rows as full as they can be),
// every numeral at one size, chosen so the widest figure fits its cell on one line (down to a
// floor; below it a figure wraps at its spaces).
GridLayout {
    id: grid

    required property var figures
    property bool playing: false
    // The numerals' size where there is room; smaller where the widest figure needs it.
    property int baseSize: Theme.fontNumeral
    readonly property int count: grid.figures.length
    // A cell is at least the Theme's minimum wide, and wide enough for the widest figure at the
    // smallest numeral size.
    readonly property real cellMinimum: Math.max(Theme.figureCellMin, grid.widest() * Theme.fontNumeralMinimum / Theme.fontNumeral)
    readonly property int fitColumns: Math.max(1, Math.floor((grid.width + grid.columnSpacing) / (grid.cellMinimum + grid.columnSpacing)))
    readonly property int rowCount: Math.ceil(grid.count / Math.min(grid.count, grid.fitColumns))
    readonly property real cellWidth: (grid.width - (grid.columns - 1) * grid.columnSpacing) / grid.columns
    readonly property int numeralSize: grid.fittedSize()

    // The widest figure's width at the Theme's numeral size.
    function widest(): real {
        let widest = 1;
        for (let i = 0; i < grid.count; ++i)
            widest = Math.max(widest, metrics.advanceWidth(String(grid.figures[i].display)));
        return widest;
    }

    // The largest numeral size (up to the Theme's) at which the widest figure fits its cell.
    function fittedSize(): int {
        const fit = Theme.fontNumeral * grid.cellWidth / (grid.widest() * 1.02);
        return Math.max(Math.min(Theme.fontNumeralMinimum, grid.baseSize), Math.min(grid.baseSize, Math.floor(fit)));
    }

    columns: Math.max(1, Math.ceil(grid.count / Math.max(1, grid.rowCount)))
    columnSpacing: Theme.spacingXl
    rowSpacing: Theme.spacingM

    FontMetrics {
        id: metrics

        font.pixelSize: Theme.fontNumeral
        font.bold: true
    }

    Repeater {
        model: grid.figures

        delegate: FigureCounter {
            required property var modelData

            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            figure: modelData
            numeralSize: grid.numeralSize
            playing: grid.playing
        }
    }
}
