import QtQuick
import QtQuick.Controls

// One milestone on a timeline slide: status dot, date, the achievement's number, what happened.
Item {
    id: row

    required property int index
    required property string dateText
    required property string label
    required property bool planned
    required property var achievementNumbers
    required property int textSize
    required property int dateWidth
    required property int badgeSize
    readonly property real neededHeight: Math.max(date.implicitHeight, badge.height, labelText.implicitHeight)

    height: row.neededHeight

    Rectangle {
        id: dot

        anchors.verticalCenter: parent.verticalCenter
        width: Theme.presentDot
        height: Theme.presentDot
        radius: Theme.presentDot / 2
        color: row.planned ? "transparent" : Theme.done
        border.color: row.planned ? Theme.planned : Theme.done
        border.width: Theme.focusWidth
    }

    Label {
        id: date

        anchors.verticalCenter: parent.verticalCenter
        x: dot.width + Theme.spacingM
        width: row.dateWidth
        text: row.dateText
        wrapMode: Text.Wrap
        color: row.planned ? Theme.planned : Theme.done
        font.pixelSize: row.textSize
        font.bold: true
    }

    NumberBadge {
        id: badge

        anchors.verticalCenter: parent.verticalCenter
        x: date.x + date.width + Theme.spacingM
        number: row.achievementNumbers.length > 0 ? row.achievementNumbers[0] : 0
        diameter: row.badgeSize
    }

    Label {
        id: labelText

        objectName: "milestoneLabel"
        anchors.verticalCenter: parent.verticalCenter
        x: badge.x + badge.width + Theme.spacingM
        width: row.width - labelText.x
        text: row.label
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: row.textSize
    }
}
