pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.Backend

// The first screen: the report's title over the hero art, "touch to explore", and the ten
// achievements as numbered tiles that open their pages.
Item {
    id: home

    // False while something covers the view (the attract loop): its pulse then rests
    property bool pulsing: true

    required property Exhibition exhibition

    signal exploreRequested
    signal achievementRequested(int row)

    objectName: "homeView"

    Image {
        id: hero

        anchors.fill: parent
        source: home.exhibition.heroUrl
        sourceSize.width: width
        sourceSize.height: height
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        Accessible.role: Accessible.Graphic
        Accessible.name: home.exhibition.heroAlt
    }

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            orientation: Theme.portrait ? Gradient.Vertical : Gradient.Horizontal
            // Portrait: the words above the tiles stand on the dark part, clear of the bright icons.
            GradientStop { position: 0; color: Theme.scrim }
            GradientStop { position: Theme.portrait ? Theme.homeScrimHold : 0; color: Theme.scrim }
            GradientStop { position: 1; color: Theme.scrimLight }
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        columns: Theme.portrait ? 1 : 2
        rowSpacing: Theme.spacingXl
        columnSpacing: Theme.spacingXl

        ColumnLayout {
            Layout.preferredWidth: Theme.portrait ? -1 : home.width * (home.width < home.height * Theme.wideAspect ? Theme.homeTitleShareNarrow : Theme.homeTitleShare)
            Layout.fillWidth: Theme.portrait
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingL

            Label {
                objectName: "homeTitle"
                Layout.fillWidth: true
                // Poster style: a Chinese title breaks at its space, never inside a word.
                text: home.exhibition.language === "en" ? home.exhibition.titleSet
                                                        : home.exhibition.titleSet.split(" ").join("\n")
                // Poster type: it does not grow with larger text, and shrinks to the room left.
                Layout.fillHeight: !Theme.portrait
                Layout.maximumHeight: implicitHeight
                fontSizeMode: Theme.portrait ? Text.FixedSize : Text.VerticalFit
                minimumPixelSize: Theme.fontBodyLarge
                verticalAlignment: Text.AlignTop
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: home.exhibition.language === "en" ? Theme.fontPosterLatin : Theme.fontPoster
                font.bold: true
                Accessible.role: Accessible.Heading
            }

            Label {
                Layout.fillWidth: true
                text: home.exhibition.subtitle
                wrapMode: Text.Wrap
                color: Theme.accent
                font.pixelSize: Theme.fontTitle
            }

            // From the pack: what the ten items are and whose review they come from.
            Label {
                objectName: "homeCredit"
                Layout.fillWidth: true
                visible: text !== ""
                text: home.exhibition.credit
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }

            AbstractButton {
                id: explore

                objectName: "exploreButton"
                Layout.topMargin: Theme.spacingM
                implicitWidth: exploreRow.implicitWidth + 2 * Theme.spacingXl
                implicitHeight: Theme.touchTargetLarge
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Touch to explore")
                scale: explore.down ? Theme.pressedScale : 1
                onClicked: home.exploreRequested()

                background: Rectangle {
                    radius: height / 2
                    color: explore.down ? Theme.surfacePressed : Theme.accent
                    border.color: Theme.focusRing
                    border.width: explore.visualFocus ? Theme.focusWidth : 0

                    id: exploreBackground

                    Pulse {
                        target: exploreBackground
                        propertyName: "opacity"
                        peak: Theme.pulseOpacity
                        running: home.visible && home.pulsing
                    }
                }

                contentItem: Item {
                    RowLayout {
                        id: exploreRow

                        anchors.centerIn: parent
                        spacing: Theme.spacingM

                        Image {
                            Layout.preferredWidth: Theme.iconSizeLarge
                            Layout.preferredHeight: Theme.iconSizeLarge
                            source: "qrc:/icons/ui/touch-dark.svg"
                            sourceSize.width: Theme.iconSizeLarge
                            sourceSize.height: Theme.iconSizeLarge
                        }

                        Label {
                            text: qsTr("Touch to explore")
                            color: Theme.textOnAccent
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                        }
                    }
                }
            }

            Item {
                Layout.fillHeight: !Theme.portrait
                Layout.minimumHeight: 0
            }

            Label {
                objectName: "sourceCredit"
                Layout.fillWidth: true
                text: qsTr("Source: %1, %2; reporter %3. Pictures are illustrations made for this exhibition.")
                    .arg(home.exhibition.newspaper).arg(home.exhibition.sourceDate).arg(home.exhibition.reporter)
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
            }
        }

        // The tiles fill the room they have; when they need more (larger text, a short screen)
        // they scroll, with the fold's cue showing that more follow.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Flickable {
                id: tileScroller

                // Read by the layout check (kiosk/tools/inspect.py).
                readonly property bool overflowCue: tileFold.hasMore

                objectName: "tileScroller"
                anchors.fill: parent
                contentHeight: tileGrid.height
                interactive: tileScroller.contentHeight > tileScroller.height + 1
                flickableDirection: Flickable.VerticalFlick
                boundsBehavior: Flickable.StopAtBounds
                clip: true

                GridLayout {
                    id: tileGrid

                    objectName: "achievementGrid"
                    width: tileScroller.width
                    height: Math.max(tileScroller.height, tileGrid.implicitHeight)
                    columns: Theme.portrait || home.width >= home.height * Theme.homeTileColumnsAspect ? 2 : 1
                    rowSpacing: Theme.spacingM
                    columnSpacing: Theme.spacingM

                    Repeater {
                        model: home.exhibition.achievements

                        delegate: AchievementTile {
                            required property string achievementId

                            objectName: "tile-" + achievementId
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 1
                            Layout.preferredHeight: 1
                            Layout.minimumHeight: wordsHeight
                            onClicked: home.achievementRequested(index)
                        }
                    }
                }
            }

            FoldCue {
                id: tileFold

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                flickable: tileScroller
            }
        }
    }
}
