pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One card of the deck: number, headline, illustration, one or two key figures, the summary.
AbstractButton {
    id: card

    required property int index
    required property int number
    required property string headline
    required property string summary
    required property var figures
    required property string imageUrl
    required property string imageAlt
    required property string imageKind
    property bool isCurrent: false
    // Cards far from the one shown let their picture go (it comes back before they are seen).
    property bool near: true
    // A neighbour peeking in at the deck's edge is the cue that more cards follow (read by the
    // layout check, kiosk/tools/inspect.py): the edge may cut it.
    readonly property bool overflowCue: !card.isCurrent
    // The picture above the words: in portrait, and on cards not much wider than tall (5:4).
    readonly property bool stacked: Theme.portrait || card.width < card.height * Theme.cardStackAspect

    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.Button
    Accessible.name: card.number + ". " + card.headline + ". " + card.summary
    padding: Theme.spacingL
    scale: (card.isCurrent ? 1 : Theme.cardRestScale) * (card.down ? Theme.pressedScale : 1)

    Behavior on scale {
        NumberAnimation {
            duration: Theme.durationNormal
            easing.type: Easing.OutCubic
        }
    }

    background: Rectangle {
        radius: Theme.radiusL
        color: card.down ? Theme.surfacePressed : Theme.surface
        border.color: Theme.colourFor(card.number)
        border.width: card.isCurrent ? Theme.focusWidth : Theme.borderWidth
    }

    // Stacked: the picture above the words. Otherwise the picture beside them, uncropped.
    contentItem: GridLayout {
        columns: card.stacked ? 1 : 2
        columnSpacing: Theme.spacingL
        rowSpacing: Theme.spacingM

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: card.stacked ? -1 : card.availableWidth * Theme.cardImageShare
            Layout.minimumHeight: Theme.cardImageMinimum
            Layout.preferredHeight: card.stacked ? width / Theme.illustrationAspect : -1
            Layout.maximumHeight: card.stacked ? width : Number.POSITIVE_INFINITY

            Image {
                id: illustration

                anchors.fill: parent
                objectName: "cardImage"
                source: card.near ? card.imageUrl : ""
                sourceSize.width: illustration.width
                sourceSize.height: illustration.height
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                Accessible.role: Accessible.Graphic
                Accessible.name: card.imageAlt
            }

            IllustrationLabel {
                x: (parent.width + illustration.paintedWidth) / 2 - width - Theme.spacingS
                y: (parent.height + illustration.paintedHeight) / 2 - height - Theme.spacingS
                kind: card.imageKind
            }
        }

        ColumnLayout {
            id: words

            // Room for the words; when a long headline and its figures leave too little, the
            // summary gives way (the page has it, and "Tap the card" leads there).
            readonly property real room: card.stacked ? card.availableHeight - Theme.cardImageMinimum - Theme.spacingM : card.availableHeight
            readonly property real withoutSummary: headlineRow.implicitHeight + (figureGrid.visible ? figureGrid.implicitHeight + words.spacing : 0)
                                                   + tapLine.implicitHeight + words.spacing

            Layout.fillWidth: true
            Layout.preferredWidth: card.stacked ? -1 : card.availableWidth * (1 - Theme.cardImageShare)
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.spacingM

            RowLayout {
                id: headlineRow

                Layout.fillWidth: true
                spacing: Theme.spacingM

                NumberBadge {
                    Layout.alignment: Qt.AlignTop
                    number: card.number
                    diameter: Theme.badgeSizeLarge
                }

                Label {
                    objectName: "cardHeadline"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                    text: card.headline
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontHeadline
                    font.bold: true
                    Accessible.role: Accessible.Heading
                }
            }

            FigureGrid {
                id: figureGrid

                Layout.fillWidth: true
                visible: card.figures.length > 0
                figures: card.figures.slice(0, Theme.maxFiguresOnCard)
                baseSize: Theme.fontNumeralSmall
            }

            Label {
                id: summaryLine

                objectName: "cardSummary"
                Layout.fillWidth: true
                visible: words.withoutSummary + summaryLine.implicitHeight + words.spacing <= words.room
                text: card.summary
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }

            Label {
                id: tapLine

                Layout.fillWidth: true
                text: qsTr("Tap the card to read more")
                wrapMode: Text.Wrap
                color: Theme.accent
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    // Cards beside the current one fade into the background: a veil of the background colour
    // over the card, which the software renderer fills in one go (an opacity on the card itself
    // would have every text and picture of it blended separately on each frame of a swipe).
    Rectangle {
        objectName: "cardVeil"
        anchors.fill: parent
        z: 1
        radius: Theme.radiusL
        color: Theme.background
        opacity: card.isCurrent ? 0 : 1 - Theme.cardRestOpacity
        visible: opacity > 0

        Behavior on opacity {
            NumberAnimation {
                duration: Theme.durationNormal
            }
        }
    }
}
