pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Kiosk.Backend

// One page of the milestones in date order: date, the achievement's number, what happened, in
// full (a label may take two lines). A filled dot is done, a ring is planned.
Item {
    id: slide

    required property Exhibition exhibition
    required property int page
    required property int rowsPerPage
    readonly property int first: slide.page * slide.rowsPerPage

    Row {
        id: heading

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.presentMargin
        anchors.topMargin: Theme.presentGap
        spacing: Theme.presentGap

        Label {
            objectName: "timelineHeading"
            text: qsTr("Milestones")
            color: Theme.text
            font.pixelSize: Theme.presentHeadline
            font.bold: true
        }

        Repeater {
            model: [false, true]

            delegate: Row {
                id: legend

                required property bool modelData

                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.spacingM

                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.presentDot
                    height: Theme.presentDot
                    radius: Theme.presentDot / 2
                    color: legend.modelData ? "transparent" : Theme.done
                    border.color: legend.modelData ? Theme.planned : Theme.done
                    border.width: Theme.focusWidth
                }

                Label {
                    text: legend.modelData ? qsTr("Planned") : qsTr("Done")
                    color: legend.modelData ? Theme.planned : Theme.done
                    font.pixelSize: Theme.presentSmall
                }
            }
        }
    }

    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: heading.bottom
        anchors.leftMargin: Theme.presentMargin
        anchors.rightMargin: Theme.presentMargin
        anchors.topMargin: Theme.presentGap
        spacing: Theme.presentRowGap

        Repeater {
            model: slide.exhibition.milestones

            delegate: Row {
                id: row

                required property int index
                required property string dateText
                required property string label
                required property bool planned
                required property var achievementNumbers

                visible: row.index >= slide.first && row.index < slide.first + slide.rowsPerPage
                width: parent.width
                spacing: Theme.spacingM

                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.presentDot
                    height: Theme.presentDot
                    radius: Theme.presentDot / 2
                    color: row.planned ? "transparent" : Theme.done
                    border.color: row.planned ? Theme.planned : Theme.done
                    border.width: Theme.focusWidth
                }

                Label {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.presentTimelineDateWidth
                    text: row.dateText
                    wrapMode: Text.Wrap
                    color: row.planned ? Theme.planned : Theme.done
                    font.pixelSize: Theme.presentSmall
                    font.bold: true
                }

                NumberBadge {
                    anchors.verticalCenter: parent.verticalCenter
                    number: row.achievementNumbers.length > 0 ? row.achievementNumbers[0] : 0
                    diameter: Theme.presentRowBadge
                }

                Label {
                    objectName: "milestoneLabel"
                    anchors.verticalCenter: parent.verticalCenter
                    width: row.width - x
                    text: row.label
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.presentSmall
                }
            }
        }
    }
}
