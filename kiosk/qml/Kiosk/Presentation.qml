import QtQuick
import QtQuick.Controls
import Kiosk.Backend

// The presentation on its own window: the deck for a talk or a self-running screen. Esc closes it.
ApplicationWindow {
    id: window

    required property Exhibition exhibition
    required property int dwell
    required property bool loop
    required property bool reduceMotion
    property bool autoAdvance: true
    property alias currentSlide: deck.currentSlide
    property alias paused: deck.paused
    property alias blank: deck.blank
    readonly property int slideCount: deck.slideCount

    width: 1920
    height: 1080
    minimumWidth: 640
    minimumHeight: 360
    visible: false
    color: Theme.backgroundDeep
    title: qsTr("InnoKiosk") + " · " + window.exhibition.title
    font.family: window.exhibition.fontFamily
    font.pixelSize: Theme.presentBody

    Binding {
        target: Theme
        property: "scale"
        value: Math.min(window.width, window.height) / Theme.designShortSide
    }

    Binding {
        target: Theme
        property: "reduceMotion"
        value: window.reduceMotion
    }

    PresentationView {
        id: deck

        objectName: "presentationView"
        anchors.fill: parent
        focus: true
        exhibition: window.exhibition
        dwell: window.dwell
        loop: window.loop
        autoAdvance: window.autoAdvance
        onExitRequested: window.close()
    }
}
