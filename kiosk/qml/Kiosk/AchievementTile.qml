import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A numbered tile of the home overview: thumbnail, number and headline; a tap opens the page.
AbstractButton {
    id: tile

    required property int index
    required property int number
    required property string headline
    required property string imageUrl
    required property string imageAlt

    // The height its words need (its picture fits whatever height it gets).
    readonly property real wordsHeight: tileLabel.implicitHeight + tile.topPadding + tile.bottomPadding

    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: tile.number + ". " + tile.headline
    scale: tile.down ? Theme.pressedScale : 1
    padding: Theme.spacingS

    Behavior on scale {
        NumberAnimation {
            duration: Theme.durationFast
        }
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: tile.down ? Theme.surfacePressed : Theme.surface
        border.color: tile.visualFocus ? Theme.focusRing : Theme.outline
        border.width: tile.visualFocus ? Theme.focusWidth : Theme.borderWidth
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM

        Image {
            id: thumbnail

            Layout.fillHeight: true
            // A share of the width, not of the height: the words' width (and so the height they
            // need, which sets the tile's height) must not depend on the tile's height.
            Layout.preferredWidth: tile.availableWidth * Theme.tileThumbnailShare
            Layout.maximumWidth: tile.availableWidth * Theme.tileThumbnailShare
            source: tile.imageUrl
            sourceSize.width: thumbnail.width
            sourceSize.height: thumbnail.height
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            Accessible.role: Accessible.Graphic
            Accessible.name: tile.imageAlt

            NumberBadge {
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.margins: Theme.spacingXs
                number: tile.number
            }
        }

        Label {
            id: tileLabel

            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            text: tile.headline
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
    }
}
