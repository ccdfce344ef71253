pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One achievement in full: the picture large (zoomable), the story, figures that count up,
// the organisations, its milestones, and a QR code for further reading.
Item {
    id: page

    required property int index
    required property int number
    required property string headline
    required property string summary
    required property var body
    required property var figures
    required property var organisations
    required property var tags
    required property var milestones
    required property string imageUrl
    required property string imageAlt
    required property string imageCaption
    required property string imageCredit
    required property string imageKind
    required property string qrSource
    property bool isCurrent: false
    // Only the pages on and beside the current one are built (the neighbours a frame at a time,
    // asynchronously), so that opening the pages builds one, not ten, and pages far away give
    // their pictures back.
    property bool built: false
    property real zoomLevel: 1
    readonly property real imageShare: page.width < page.height * Theme.detailWideAspect ? Theme.detailImageShareNarrow : Theme.detailImageShare

    signal qrShown

    // Pack text inside styled text: "I&T" would otherwise start an entity and end the line there.
    function escaped(text: string): string {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    }
    signal resetRequested

    // The page's QR code is on screen (counted by the statistics).
    function announce(): void {
        if (page.qrSource !== "")
            page.qrShown();
    }

    onIsCurrentChanged: {
        if (!page.isCurrent)
            page.resetRequested();
        else if (pageLoader.status === Loader.Ready)
            page.announce();
    }

    Loader {
        id: pageLoader

        objectName: "pageBody"
        anchors.fill: parent
        anchors.leftMargin: Theme.pageMargin
        anchors.rightMargin: Theme.pageMargin
        anchors.topMargin: Theme.spacingM
        anchors.bottomMargin: Theme.spacingM
        active: page.built
        asynchronous: !page.isCurrent
        onActiveChanged: if (!pageLoader.active) page.zoomLevel = 1
        sourceComponent: pageBody
    }

    Component {
        id: pageBody

        GridLayout {
            id: bodyGrid

            columns: Theme.portrait ? 1 : 2
            columnSpacing: Theme.spacingXl
            rowSpacing: Theme.spacingM

            Component.onCompleted: if (page.isCurrent) page.announce()

            Connections {
                target: page

                function onResetRequested(): void {
                    zoomable.resetZoom();
                    scroller.contentY = 0;
                }
            }

            ColumnLayout {
                Layout.fillWidth: Theme.portrait
                Layout.fillHeight: !Theme.portrait
                Layout.preferredWidth: Theme.portrait ? -1 : bodyGrid.width * page.imageShare
                Layout.maximumWidth: Theme.portrait ? -1 : bodyGrid.width * page.imageShare
                Layout.preferredHeight: Theme.portrait ? page.height * Theme.detailImageShareTall + (page.qrSource !== "" ? Theme.qrSize + Theme.spacingM : 0) : -1
                spacing: Theme.spacingS

                ZoomableImage {
                    id: zoomable

                    objectName: "detailImage"
                    onZoomChanged: page.zoomLevel = zoomable.zoom
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: Theme.cardImageMinimum
                    source: page.imageUrl
                    alt: page.imageAlt

                    IllustrationLabel {
                        x: zoomable.paintedLeft + Theme.spacingS
                        y: zoomable.paintedTop + Theme.spacingS
                        visible: zoomable.zoom === 1 && page.imageKind === "illustration"
                        kind: page.imageKind
                    }
                }

                Label {
                    objectName: "detailCaption"
                    Layout.fillWidth: true
                    text: page.imageCaption
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                }

                Label {
                    Layout.fillWidth: true
                    text: page.imageCredit + " · " + qsTr("Pinch or double-tap the picture to zoom")
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                }

                // The QR code stays with the picture: always whole, on the first screen.
                GridLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    visible: page.qrSource !== ""
                    // The words beside the code where there is room, else under it.
                    columns: width >= Theme.qrSize * Theme.qrBesideFactor ? 2 : 1
                    columnSpacing: Theme.spacingL
                    rowSpacing: Theme.spacingXs

                    Image {
                        objectName: "qrCode"
                        Layout.preferredWidth: Theme.qrSize
                        Layout.preferredHeight: Theme.qrSize
                        Layout.minimumWidth: Theme.qrSize
                        Layout.minimumHeight: Theme.qrSize
                        source: page.qrSource
                        sourceSize.width: Theme.qrSize
                        sourceSize.height: Theme.qrSize
                        smooth: false
                        asynchronous: true
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("QR code for further reading")
                    }

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Learn more: scan the code with your phone")
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }

            // The story scrolls; while more of it lies below the fold, a fade, a "More" cue and a
            // scroll indicator say so.
            Item {
                id: storyArea

                Layout.fillWidth: true
                Layout.fillHeight: true

                Flickable {
                    id: scroller

                    // Read by the layout check (kiosk/tools/inspect.py): the fold may cut a line
                    // while the cue says that the page goes on.
                    readonly property bool overflowCue: fold.hasMore

                    objectName: "detailScroller"
                    anchors.fill: parent
                    contentHeight: story.implicitHeight
                    flickableDirection: Flickable.VerticalFlick
                    boundsBehavior: Flickable.StopAtBounds
                    clip: true

                    ScrollIndicator.vertical: ScrollIndicator {
                        id: indicator

                        objectName: "detailScrollIndicator"
                        active: scroller.contentHeight > scroller.height + 1
                        contentItem: Rectangle {
                            implicitWidth: Theme.scrollIndicatorWidth
                            radius: width / 2
                            color: Theme.textMuted
                            visible: indicator.size < 1
                        }
                    }

                    ColumnLayout {
                        id: story

                        width: scroller.width - Theme.scrollIndicatorWidth - Theme.spacingM
                        spacing: Theme.spacingM

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingM

                            NumberBadge {
                                Layout.alignment: Qt.AlignTop
                                number: page.number
                                diameter: Theme.badgeSizeLarge
                            }

                            Label {
                                objectName: "detailHeadline"
                                Layout.fillWidth: true
                                text: page.headline
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.pixelSize: Theme.fontHeadline
                                font.bold: true
                                Accessible.role: Accessible.Heading
                            }
                        }

                        Label {
                            objectName: "detailSummary"
                            Layout.fillWidth: true
                            text: page.summary
                            wrapMode: Text.Wrap
                            color: Theme.accent
                            font.pixelSize: Theme.fontBodyLarge
                        }

                        FigureGrid {
                            objectName: "detailFigures"
                            Layout.fillWidth: true
                            visible: page.figures.length > 0
                            figures: page.figures
                            playing: page.isCurrent
                        }

                        Repeater {
                            model: page.body

                            delegate: Label {
                                required property string modelData
                                required property int index

                                objectName: "detailBody" + index
                                Layout.fillWidth: true
                                Layout.maximumWidth: Theme.bodyMaxWidth
                                text: modelData
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.pixelSize: Theme.fontBody
                                lineHeight: Theme.lineHeight
                            }
                        }

                        Label {
                            Layout.fillWidth: true
                            visible: page.organisations.length > 0
                            text: qsTr("Organisations named")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                        }

                        Flow {
                            Layout.fillWidth: true
                            visible: page.organisations.length > 0
                            spacing: Theme.spacingS

                            Repeater {
                                model: page.organisations

                                delegate: Rectangle {
                                    id: chip

                                    required property string modelData

                                    objectName: "organisationChip"
                                    width: Math.min(chipLabel.implicitWidth + 2 * Theme.spacingM, story.width)
                                    height: chipLabel.height + Theme.spacingM
                                    radius: Theme.radiusS
                                    color: Theme.surfaceRaised

                                    Label {
                                        id: chipLabel

                                        anchors.centerIn: parent
                                        width: Math.min(implicitWidth, story.width - 2 * Theme.spacingM)
                                        text: chip.modelData
                                        wrapMode: Text.Wrap
                                        color: Theme.text
                                        font.pixelSize: Theme.fontSmall
                                    }
                                }
                            }
                        }

                        Label {
                            Layout.fillWidth: true
                            visible: page.milestones.length > 0
                            text: qsTr("On the timeline")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                        }

                        Repeater {
                            model: page.milestones

                            delegate: RowLayout {
                                id: milestoneRow

                                required property var modelData

                                Layout.fillWidth: true
                                spacing: Theme.spacingM

                                Rectangle {
                                    Layout.alignment: Qt.AlignTop
                                    Layout.topMargin: Theme.spacingS
                                    implicitWidth: Theme.spacingM
                                    implicitHeight: Theme.spacingM
                                    radius: width / 2
                                    color: milestoneRow.modelData.planned ? "transparent" : Theme.done
                                    border.color: milestoneRow.modelData.planned ? Theme.planned : Theme.done
                                    border.width: Theme.borderWidth
                                }

                                Label {
                                    objectName: "detailMilestone"
                                    Layout.fillWidth: true
                                    text: "<b>" + page.escaped(milestoneRow.modelData.dateText) + "</b>  " + page.escaped(milestoneRow.modelData.label)
                                          + (milestoneRow.modelData.planned ? "  (" + qsTr("planned") + ")" : "")
                                    textFormat: Text.StyledText
                                    wrapMode: Text.Wrap
                                    color: Theme.text
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                        }


                        // Room below the last line, so that the fold's cue never sits on it.
                        Item {
                            Layout.preferredHeight: Theme.foldFade
                        }
                    }
                }

                FoldCue {
                    id: fold

                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    flickable: scroller
                }
            }
        }
    }
}
