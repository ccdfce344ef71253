import QtQuick
import QtQuick.Controls

// Marks a picture as an illustration made for the exhibition, not a photograph.
Rectangle {
    id: tag

    required property string kind

    visible: tag.kind === "illustration"
    implicitWidth: label.implicitWidth + 2 * Theme.spacingS
    implicitHeight: label.implicitHeight + Theme.spacingXs
    radius: Theme.radiusS
    color: Theme.scrim

    Label {
        id: label

        anchors.centerIn: parent
        text: qsTr("Illustration")
        color: Theme.text
        font.pixelSize: Theme.fontCaption
    }
}
