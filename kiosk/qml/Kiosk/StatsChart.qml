pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// For staff: how often each achievement's page was opened, as bars, and the language split;
// before the first visit, a line that says there are none yet instead of a row of zeros.
ColumnLayout {
    id: chart

    required property var figures   // one summary: views (10), languages, sessions, medianSessionSeconds
    required property string title
    readonly property var views: chart.figures.views || []
    readonly property int most: Math.max(1, Math.max.apply(null, chart.views.concat([0])))
    readonly property var languages: chart.figures.languages || ({})
    readonly property bool hasVisits: chart.figures.hasVisits === true
    readonly property bool hasPageViews: chart.figures.hasPageViews === true
    readonly property int sessions: chart.figures.sessions || 0

    spacing: Theme.spacingS

    Label {
        Layout.fillWidth: true
        text: !chart.hasVisits ? chart.title
              : chart.title + " · " + (chart.sessions === 1 ? qsTr("1 session") : qsTr("%1 sessions").arg(chart.sessions))
              + (chart.figures.medianSessionSeconds >= 0
                 ? " · " + qsTr("median %1 s").arg(Math.round(chart.figures.medianSessionSeconds)) : "")
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
    }

    Label {
        objectName: "statsEmpty"
        Layout.fillWidth: true
        visible: !chart.hasPageViews
        text: chart.hasVisits ? qsTr("No achievement page opened yet: the bars appear with the first page view.")
                              : qsTr("No visits yet. Page views per achievement appear here after the first visitor.")
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
    }

    RowLayout {
        objectName: "statsBars"
        visible: chart.hasPageViews
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
                Layout.preferredWidth: 1   // equal columns, whatever the width of their numbers
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
        visible: chart.hasVisits
        text: qsTr("Languages: 繁 %1 · 简 %2 · EN %3")
              .arg(chart.languages["zh-Hant"] || 0).arg(chart.languages["zh-Hans"] || 0).arg(chart.languages["en"] || 0)
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
}
