import QtQuick
import QtQuick.Controls
import Kiosk.Backend

// The last slide: thanks, the source once more, and a word on the pictures.
Item {
    id: slide

    required property Exhibition exhibition

    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.presentMargin
        spacing: Theme.presentGap

        Label {
            objectName: "closingThanks"
            width: parent.width
            text: qsTr("Thank you")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.presentDisplay
            font.bold: true
        }

        Label {
            width: parent.width
            text: slide.exhibition.title
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.accent
            font.pixelSize: Theme.presentHeadline
        }

        Label {
            width: parent.width
            text: qsTr("Source: %1, %2 · Reporter: %3").arg(slide.exhibition.newspaper).arg(slide.exhibition.sourceDate).arg(slide.exhibition.reporter)
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.presentSmall
        }

        Label {
            width: parent.width
            text: qsTr("All pictures are original illustrations made for this exhibition.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.presentSmall
        }
    }
}
