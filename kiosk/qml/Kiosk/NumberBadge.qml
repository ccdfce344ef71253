import QtQuick
import QtQuick.Controls

// An achievement's number in a coloured disc, the same on tiles, cards, pages and the timeline.
Rectangle {
    id: badge

    required property int number
    property int diameter: Theme.badgeSize

    implicitWidth: badge.diameter
    implicitHeight: badge.diameter
    radius: width / 2
    color: Theme.colourFor(badge.number)
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Achievement %1").arg(badge.number)

    Label {
        anchors.centerIn: parent
        text: badge.number
        color: Theme.textOnAccent
        font.pixelSize: Math.round(badge.diameter * 0.46)
        font.bold: true
    }
}
