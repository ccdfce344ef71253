import QtQuick
import QtQuick.Controls
import Kiosk.Backend

// The first slide: the exhibition's title over its hero picture, and where the story comes from.
Item {
    id: slide

    required property Exhibition exhibition

    Image {
        anchors.fill: parent
        source: slide.exhibition.heroUrl
        sourceSize.width: width
        sourceSize.height: height
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        opacity: Theme.presentHeroDim
    }

    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.presentMargin
        spacing: Theme.presentGap

        Label {
            objectName: "presentationTitle"
            width: parent.width
            text: slide.exhibition.title
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.presentDisplay
            font.bold: true
        }

        Label {
            width: parent.width
            text: slide.exhibition.subtitle
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.accent
            font.pixelSize: Theme.presentHeadline
        }

        Label {
            objectName: "presentationCredit"
            width: parent.width
            visible: text !== ""
            text: slide.exhibition.credit
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.presentBody
        }

        Label {
            width: parent.width
            text: qsTr("Source: %1, %2 · Reporter: %3").arg(slide.exhibition.newspaper).arg(slide.exhibition.sourceDate).arg(slide.exhibition.reporter)
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.presentSmall
        }
    }
}
