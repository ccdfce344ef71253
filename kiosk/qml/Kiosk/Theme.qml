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
    readonly property color scrim: "#CC060D1A"
    readonly property color scrimLight: "#00060D1A"
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
    readonly property int qrSize: px(200)
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
    readonly property int fontNumeral: fontPx(72)
    readonly property int fontNumeralSmall: fontPx(48)
    readonly property real lineHeight: 1.3

    // Layout proportions
    readonly property real cardWidthRatio: portrait ? 0.86 : 0.72
    readonly property real cardImageShare: 0.5
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
    readonly property int maxFiguresOnCard: 2
    readonly property int bodyMaxWidth: px(1100)

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
    readonly property int pinMaxLength: 12
    readonly property int staffPanelWidth: px(1100)
    readonly property int idleTimeoutStep: 30
    readonly property int statsChartHeight: px(220)
    readonly property real statsBarShare: 0.7

    // Timeline (pixels per day at zoom 1, and the zoom range)
    readonly property real timelineDayWidth: px(6)
    readonly property real timelineMinZoom: 0.25
    readonly property real timelineMaxZoom: 6
    readonly property real timelineZoomStep: 1.5
    readonly property int timelineCardWidth: fontPx(320)
    readonly property int timelineLaneHeight: fontPx(160)
    readonly property int timelineAxisHeight: px(90)
    readonly property int timelineMarker: px(22)
    readonly property int timelineSpan: px(14)
    readonly property real spanOpacity: 0.45

    // ---- Presentation ------------------------------------------------------------------------
    // The clicker-driven deck (PresentationView and its slides), read from 8 m away: at scale 1
    // (1080p) headlines are at least 64 px and body text at least 40 px.
    readonly property int presentDisplay: fontPx(112)
    readonly property int presentHeadline: fontPx(68)
    readonly property int presentNumeral: fontPx(100)
    readonly property int presentBody: fontPx(42)
    readonly property int presentSmall: fontPx(40)
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
    readonly property real presentImageShare: 0.46
    readonly property real presentHeroDim: 0.3
    readonly property int presentPoints: 3
    readonly property int presentPointLines: 3
    readonly property int presentHeadlineLines: 2
    readonly property int presentTimelineRows: 8
    readonly property int presentTimelineDateWidth: fontPx(320)
    readonly property int presentDwell: 12000
    readonly property int presentMaxSlideDigits: 3
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
