import QtQuick

// A picture that pinches and double-taps to zoom and pans when zoomed.
Item {
    id: zoomable

    required property string source
    required property string alt
    property real zoom: 1
    readonly property real maximumZoom: 4
    readonly property real doubleTapZoom: 2.5
    readonly property real decodeScale: 2
    readonly property real paintedTop: (zoomable.height - picture.paintedHeight) / 2
    readonly property real paintedLeft: (zoomable.width - picture.paintedWidth) / 2

    function resetZoom(): void {
        zoomable.zoom = 1;
        view.contentX = 0;
        view.contentY = 0;
    }

    // Zooms to `factor`, keeping `point` (in this item's coordinates) where it is.
    function zoomAt(factor: real, point: point): void {
        const target = Math.max(1, Math.min(zoomable.maximumZoom, factor));
        view.resizeContent(view.width * target, view.height * target, point);
        zoomable.zoom = target;
        view.returnToBounds();
    }

    clip: true
    Accessible.role: Accessible.Graphic
    Accessible.name: zoomable.alt

    Flickable {
        id: view

        objectName: "zoomFlickable"
        anchors.fill: parent
        contentWidth: width * zoomable.zoom
        contentHeight: height * zoomable.zoom
        interactive: zoomable.zoom > 1
        boundsBehavior: Flickable.StopAtBounds

        Image {
            id: picture

            width: view.contentWidth
            height: view.contentHeight
            source: zoomable.source
            // Decoded once at twice the size shown: sharp to 2x zoom, soft beyond, and the same
            // bitmap whatever the zoom (re-decoding per zoom step piles up bitmaps in Qt's cache).
            sourceSize.width: view.width * zoomable.decodeScale
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            smooth: true

            // On the picture itself, so that it still gets taps while the zoomed view flicks.
            TapHandler {
                objectName: "zoomTap"
                onDoubleTapped: eventPoint => {
                    if (zoomable.zoom > 1)
                        zoomable.resetZoom();
                    else
                        zoomable.zoomAt(zoomable.doubleTapZoom, picture.mapToItem(zoomable, eventPoint.position));
                }
            }
        }
    }

    PinchHandler {
        id: pinch

        property real startZoom: 1

        target: null
        grabPermissions: PointerHandler.CanTakeOverFromAnything
        onActiveChanged: if (pinch.active) pinch.startZoom = zoomable.zoom
        onActiveScaleChanged: zoomable.zoomAt(pinch.startZoom * pinch.activeScale, pinch.centroid.position)
    }
}
