import QtQuick
import QtQuick.Controls
import Kiosk.Backend

// The presentation on its own window: the deck for a talk or a self-running screen. Esc closes it.
ApplicationWindow {
    id: window

    required property Exhibition exhibition
    required property Deck deck
    required property bool reduceMotion

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

    Connections {
        target: window.deck

        function onExitRequested(): void {
            window.close();
        }
    }

    PresentationView {
        objectName: "presentationView"
        anchors.fill: parent
        focus: true
        exhibition: window.exhibition
        deck: window.deck
    }
}
