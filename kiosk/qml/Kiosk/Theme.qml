pragma Singleton
import QtQuick

// The one source of colours, type sizes, spacing and timing. Sizes are design pixels at a
// 1080-pixel short side, scaled to the window by `scale`; type also follows `textScale`.
QtObject {
    id: theme

    property real scale: 1
    property real textScale: 1
    property bool portrait: false
    readonly property bool compactNavigation: portrait
    property bool reduceMotion: false

    readonly property real designShortSide: 1080
    readonly property real largeTextFactor: 1.2

    // Palette: a dark hall-friendly navy with bright accents; text pairs meet WCAG AA.
    readonly property color background: "#0B1426"
    readonly property color backgroundDeep: "#060D1A"
    readonly property color surface: "#13213A"
    readonly property color surfaceRaised: "#1B2C4A"
    readonly property color surfacePressed: "#2A4470"
    readonly property color outline: "#34507E"
    readonly property color text: "#F2F5FA"
    readonly property color textMuted: "#B4BFD0"
    readonly property color accent: "#2EC4D6"
    readonly property color textOnAccent: "#04212A"
    readonly property color red: "#E8505B"
    readonly property color gold: "#F5B841"
    readonly property color textOnGold: "#2B1D00"
    readonly property color green: "#4CC38A"
    readonly property color violet: "#8B7CF6"
    readonly property color focusRing: "#FFD166"
    readonly property color scrim: "#E0060D1A"
    readonly property color scrimLight: "#00060D1A"
    readonly property color backgroundClear: "#000B1426"
    readonly property color done: accent
    readonly property color planned: gold
    readonly property var achievementColours: ["#2EC4D6", "#F5B841", "#4CC38A", "#8B7CF6", "#E8505B",
        "#2EC4D6", "#F5B841", "#4CC38A", "#8B7CF6", "#E8505B"]

    // Spacing and shapes
    readonly property int spacingXs: px(4)
    readonly property int spacingS: px(8)
    readonly property int spacingM: px(16)
    readonly property int spacingL: px(24)
    readonly property int spacingXl: px(40)
    readonly property int spacingXxl: px(64)
    readonly property int radiusS: px(8)
    readonly property int radiusM: px(16)
    readonly property int radiusL: px(28)
    readonly property int borderWidth: Math.max(1, px(2))
    readonly property int focusWidth: Math.max(2, px(4))

    // Touch: every target at least `touchTarget` (72 design px: 12 mm on a 24" 1080p screen)
    readonly property int touchTarget: px(72)
    readonly property int touchTargetLarge: px(96)
    readonly property int iconSize: px(36)
    readonly property int iconSizeLarge: px(48)
    readonly property int navigationBarHeight: px(104)
    readonly property int badgeSize: px(56)
    readonly property int badgeSizeLarge: px(84)
    readonly property int indicatorDot: px(56)
    readonly property int qrSize: px(168)
    // A QR code's words stand beside it when the column is this many codes wide.
    readonly property real qrBesideFactor: 2.6
    readonly property int pageMargin: portrait ? px(32) : px(56)

    // Type scale (pixel sizes)
    readonly property int fontCaption: fontPx(20)
    readonly property int fontSmall: fontPx(22)
    readonly property int fontBody: fontPx(27)
    readonly property int fontBodyLarge: fontPx(31)
    readonly property int fontTitle: fontPx(38)
    readonly property int fontHeadline: fontPx(50)
    readonly property int fontDisplay: fontPx(84)
    readonly property int fontDisplayLatin: fontPx(64)
    // Poster type (the home title): already large, it does not follow larger text
    readonly property int fontPoster: px(84)
    readonly property int fontPosterLatin: px(64)
    readonly property int fontNumeral: fontPx(72)
    readonly property int fontNumeralSmall: fontPx(48)
    readonly property real lineHeight: 1.3

    // Layout proportions
    readonly property real cardWidthRatio: portrait ? 0.8 : 0.72
    readonly property real cardImageShare: textScale > 1 ? 0.4 : 0.5
    readonly property real cardStackAspect: 1.3
    readonly property real illustrationAspect: 1.6
    readonly property int cardImageMinimum: px(120)
    readonly property real heroDim: 0.55
    readonly property real pressedScale: 0.97
    readonly property real cardRestScale: 0.9
    // Cards this many places either side of the current one keep their picture decoded.
    readonly property int cardsKeptNear: 2
    // Detail pages this many places either side of the current one stay built.
    readonly property int pagesKeptNear: 1
    readonly property real cardRestOpacity: 0.55
    readonly property real tileThumbnailShare: 0.34
    readonly property real homeTitleShare: 0.34
    readonly property real homeTitleShareNarrow: 0.4
    readonly property real wideAspect: 1.5
    // Portrait home: the scrim stays dark this far down, behind the title and its words.
    readonly property real homeScrimHold: 0.42
    // Home's tiles stand in two columns when the screen is at least this wide for its height.
    readonly property real homeTileColumnsAspect: 1.2
    readonly property int maxFiguresOnCard: 2
    readonly property int bodyMaxWidth: px(1100)
    // Detail pages: the picture's share of the width (landscape) or height (portrait); larger
    // text takes some of the picture's room so the story's first screen still holds its substance.
    readonly property real detailImageShare: textScale > 1 ? 0.32 : 0.4
    // ...and on pages narrower than `detailWideAspect` for their height (4:3 and 5:4 screens)
    readonly property real detailWideAspect: 2
    readonly property real detailImageShareNarrow: textScale > 1 ? 0.22 : 0.3
    readonly property real detailImageShareTall: textScale > 1 ? 0.24 : 0.3
    readonly property int figureCellMin: fontPx(260)
    readonly property int fontNumeralMinimum: fontPx(36)
    // The fold of a scrolling story: the fade's height, the indicator's width, and how far
    // (in views) a tap on "More" scrolls.
    readonly property int foldFade: px(80)
    readonly property int scrollIndicatorWidth: Math.max(4, px(8))
    readonly property real moreStep: 0.8

    // Motion (milliseconds); one millisecond, i.e. instant, when motion is reduced (a view's
    // zero duration means "use the default speed" instead)
    readonly property int durationInstant: 1
    readonly property int durationFast: reduceMotion ? durationInstant : 120
    readonly property int durationNormal: reduceMotion ? durationInstant : 260
    readonly property int durationSlow: reduceMotion ? durationInstant : 480
    readonly property int durationCountUp: reduceMotion ? durationInstant : 1400
    readonly property int durationPulse: 1600
    // A pulse beats `pulseBeats` times, then rests this long: at rest the screen draws nothing
    readonly property int pulseBeats: 1
    readonly property int pulseRest: 8000
    readonly property real pulseOpacity: 0.75
    readonly property int flickVelocity: px(6000)
    // Swipes: how far (in pages) or how fast (pixels a second) a swipe must go to turn a page,
    // how far past the ends it may be pulled, and how many fingers may swipe together.
    readonly property real swipeDistance: 0.2
    readonly property int swipeVelocity: px(400)
    readonly property real swipeOverscroll: 0.15
    readonly property int swipeFingers: 3

    // The attract loop: the hero drifts by `attractDrift` of the screen over `attractCycle` ms
    readonly property real attractZoom: 1.06
    readonly property real attractDrift: 0.015
    readonly property int attractCycle: 60000
    readonly property int attractSlideTime: 5000
    readonly property int attractThumbnail: px(320)
    readonly property real attractPulse: 1.04
    // The drift moves in whole pixels, checked this often: a step every second or so, not a
    // redraw of the whole screen every frame
    readonly property int attractDriftStep: 500
    // The vertical drift's cycle against the horizontal one's, so the path never repeats exactly
    readonly property real attractDriftRatio: 1.3

    // Staff: a long press this long on the top-left corner opens the PIN pad
    readonly property int staffHoldTime: 3000
    readonly property int staffCorner: px(120)
    readonly property int pinKey: px(96)
    readonly property int staffPanelWidth: px(1100)
    readonly property int idleTimeoutStep: 30
    readonly property int statsChartHeight: px(220)
    readonly property real statsBarShare: 0.7

    // Timeline: an overview strip of the whole span (markers in rows beside the axis, zoomed
    // up to `timelineMaxZoom` times) and a detail panel for the selected milestone.
    readonly property int timelineMarker: px(60)
    readonly property int timelinePitch: Math.max(touchTarget, timelineMarker + spacingS)
    readonly property int timelineRows: 3
    readonly property int timelineTick: px(12)
    readonly property int timelineSpan: px(10)
    readonly property int timelineStem: Math.max(1, px(2))
    readonly property real timelineMaxZoom: 8
    readonly property real timelineZoomStep: 1.6
    readonly property real spanOpacity: 0.45
    readonly property real timelineDetailImageShare: 0.4
    readonly property int timelineDwell: 6000

    // ---- Presentation ------------------------------------------------------------------------
    // The clicker-driven deck (PresentationView and its slides), read from 8 m away: at scale 1
    // (1080p) headlines 68 px and body text 42 px. A slide whose text does not fit scales all of
    // its type down together, never below `presentFloor` for body text (34 px at 1080p, still
    // read from 8 m), in steps of `presentFitStep`; what still does not fit goes on a
    // continuation slide. A slide with little text gives its picture more of the width, up to
    // `presentImageShareMax`.
    readonly property int presentDisplay: fontPx(112)
    readonly property int presentHeadline: fontPx(68)
    readonly property int presentNumeral: fontPx(100)
    readonly property int presentBody: fontPx(42)
    readonly property int presentSmall: fontPx(40)
    readonly property int presentFloor: fontPx(34)
    readonly property real presentFitStep: 0.04
    readonly property real presentFigureShare: 0.55
    readonly property int presentMargin: px(80)
    readonly property int presentGap: px(48)
    readonly property int presentRowGap: px(10)
    readonly property int presentBadge: px(104)
    readonly property int presentRowBadge: px(52)
    readonly property int presentDot: px(20)
    readonly property real presentDotOffset: 1.45
    readonly property int presentProgressHeight: Math.max(2, px(8))
    readonly property int presentSlideShift: px(160)
    readonly property int presentSwipeDistance: px(120)
    readonly property real presentImageShare: 0.44
    readonly property real presentImageShareMax: 0.56
    readonly property real presentHeroDim: 0.3
    readonly property int presentTimelineDateWidth: fontPx(320)
    readonly property color presentBlack: "#000000"
    readonly property color presentWhite: "#FFFFFF"

    function px(value: real): int {
        return Math.round(value * theme.scale);
    }

    function fontPx(value: real): int {
        return Math.round(value * theme.scale * theme.textScale);
    }

    function colourFor(number: int): color {
        return theme.achievementColours[(number - 1) % theme.achievementColours.length];
    }
}
