pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One achievement as a slide: the illustration large, the headline, the two figures that matter
// and three short points (the summary and the first sentences of the story).
Item {
    id: slide

    required property int number
    required property string headline
    required property string summary
    required property var body
    required property var figures
    required property string imageUrl
    required property string imageAlt
    required property string imageKind
    readonly property var points: slide.shortPoints()

    // The first sentence of a paragraph (Chinese or English full stop), else all of it.
    function firstSentence(text: string): string {
        const found = text.match(/^.+?(?:[。！？]|[.!?](?=\s|$))/);
        return found ? found[0] : text;
    }

    function shortPoints(): list<string> {
        const paragraphs = [slide.summary].concat(slide.body ? slide.body : []);
        const result = [];
        for (let i = 0; i < paragraphs.length && result.length < Theme.presentPoints; ++i) {
            const text = slide.firstSentence(String(paragraphs[i]).trim());
            if (text.length > 0)
                result.push(text);
        }
        return result;
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.presentMargin
        anchors.bottomMargin: Theme.presentMargin + Theme.presentProgressHeight
        spacing: Theme.presentGap

        Item {
            Layout.fillHeight: true
            Layout.preferredWidth: parent.width * Theme.presentImageShare

            Image {
                id: illustration

                objectName: "slideIllustration"
                anchors.fill: parent
                source: slide.imageUrl
                sourceSize.width: illustration.width
                sourceSize.height: illustration.height
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                Accessible.role: Accessible.Graphic
                Accessible.name: slide.imageAlt
            }

            IllustrationLabel {
                x: (parent.width + illustration.paintedWidth) / 2 - width - Theme.spacingS
                y: (parent.height + illustration.paintedHeight) / 2 - height - Theme.spacingS
                kind: slide.imageKind
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.presentGap

            Item {
                Layout.fillHeight: true
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingL

                NumberBadge {
                    Layout.alignment: Qt.AlignTop
                    number: slide.number
                    diameter: Theme.presentBadge
                }

                Label {
                    objectName: "slideHeadline"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                    text: slide.headline
                    wrapMode: Text.Wrap
                    maximumLineCount: Theme.presentHeadlineLines
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.presentHeadline
                    font.bold: true
                    Accessible.role: Accessible.Heading
                }
            }

            RowLayout {
                Layout.fillWidth: true
                visible: slide.figures.length > 0
                spacing: Theme.presentGap

                Repeater {
                    model: slide.figures.slice(0, Theme.maxFiguresOnCard)

                    delegate: ColumnLayout {
                        id: figure

                        required property var modelData

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        spacing: Theme.spacingXs

                        Label {
                            Layout.fillWidth: true
                            text: figure.modelData.display
                            color: Theme.gold
                            font.pixelSize: Theme.presentNumeral
                            font.bold: true
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: Theme.presentBody
                            elide: Text.ElideRight
                        }

                        Label {
                            Layout.fillWidth: true
                            text: figure.modelData.label
                            wrapMode: Text.Wrap
                            color: Theme.textMuted
                            font.pixelSize: Theme.presentSmall
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingL

            Repeater {
                model: slide.points

                delegate: RowLayout {
                    id: point

                    required property string modelData

                    Layout.fillWidth: true
                    spacing: Theme.spacingL

                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: (Theme.presentBody * Theme.presentDotOffset - Theme.presentDot) / 2
                        implicitWidth: Theme.presentDot
                        implicitHeight: Theme.presentDot
                        radius: Theme.presentDot / 2
                        color: Theme.colourFor(slide.number)
                    }

                    Label {
                        objectName: "slidePoint"
                        Layout.fillWidth: true
                        text: point.modelData
                        wrapMode: Text.Wrap
                        maximumLineCount: Theme.presentPointLines
                        elide: Text.ElideRight
                        color: Theme.text
                        font.pixelSize: Theme.presentBody
                    }
                }
            }
            }

            Item {
                Layout.fillHeight: true
            }
        }
    }
}
