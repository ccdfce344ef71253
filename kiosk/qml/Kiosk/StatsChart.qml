pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// For staff: how often each achievement's page was opened, as bars, and the language split.
ColumnLayout {
    id: chart

    required property var figures   // one summary: views (10), languages, sessions, medianSessionSeconds
    required property string title
    readonly property var views: chart.figures.views || []
    readonly property int most: Math.max(1, Math.max.apply(null, chart.views.concat([0])))
    readonly property var languages: chart.figures.languages || ({})

    spacing: Theme.spacingS

    Label {
        Layout.fillWidth: true
        text: chart.title + " · " + qsTr("%1 sessions").arg(chart.figures.sessions || 0)
              + (chart.figures.medianSessionSeconds >= 0
                 ? " · " + qsTr("median %1 s").arg(Math.round(chart.figures.medianSessionSeconds)) : "")
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
    }

    RowLayout {
        objectName: "statsBars"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.statsChartHeight
        spacing: Theme.spacingS

        Repeater {
            model: chart.views

            delegate: ColumnLayout {
                id: bar

                required property int index
                required property int modelData

                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacingXs

                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: bar.modelData
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                }

                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    Rectangle {
                        anchors.bottom: parent.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: parent.width * Theme.statsBarShare
                        height: parent.height * bar.modelData / chart.most
                        radius: Theme.radiusS
                        color: Theme.colourFor(bar.index + 1)
                    }
                }

                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: bar.index + 1
                    color: Theme.text
                    font.pixelSize: Theme.fontCaption
                    font.bold: true
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Languages: 繁 %1 · 简 %2 · EN %3")
              .arg(chart.languages["zh-Hant"] || 0).arg(chart.languages["zh-Hans"] || 0).arg(chart.languages["en"] || 0)
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
}
