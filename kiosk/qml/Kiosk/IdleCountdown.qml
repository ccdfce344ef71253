import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Ten seconds before a session ends: "touch to stay" with the seconds left.
Rectangle {
    id: countdown

    required property int secondsLeft

    signal stayRequested

    implicitWidth: row.implicitWidth + 2 * Theme.spacingL
    implicitHeight: Math.max(Theme.touchTargetLarge, row.implicitHeight + 2 * Theme.spacingM)
    radius: Theme.radiusL
    color: Theme.surfaceRaised
    border.color: Theme.gold
    border.width: Theme.borderWidth
    Accessible.role: Accessible.Button
    Accessible.name: stay.text

    RowLayout {
        id: row

        anchors.centerIn: parent
        spacing: Theme.spacingL

        Rectangle {
            implicitWidth: Theme.badgeSize
            implicitHeight: Theme.badgeSize
            radius: width / 2
            color: Theme.gold

            Label {
                objectName: "countdownSeconds"
                anchors.centerIn: parent
                text: countdown.secondsLeft
                color: Theme.textOnGold
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
        }

        Label {
            id: stay

            text: qsTr("Still there? Touch to stay")
            color: Theme.text
            font.pixelSize: Theme.fontBodyLarge
        }
    }

    TapHandler {
        onTapped: countdown.stayRequested()
    }
}
