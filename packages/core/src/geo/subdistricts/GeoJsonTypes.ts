/** A GeoJSON position: `[longitude, latitude]` in WGS-84 degrees (RFC 7946 §3.1.1 — longitude first). */
export type GeoJsonPosition = readonly [lng: number, lat: number];

/** A GeoJSON Polygon: an outer ring and optional holes, each ring closed (first position = last). RFC 7946 §3.1.6. */
export interface GeoJsonPolygon {
  readonly type: "Polygon";
  readonly coordinates: ReadonlyArray<ReadonlyArray<GeoJsonPosition>>;
}

/** A GeoJSON MultiPolygon: several polygons (e.g. a main body and detached exclaves). RFC 7946 §3.1.7. */
export interface GeoJsonMultiPolygon {
  readonly type: "MultiPolygon";
  readonly coordinates: ReadonlyArray<ReadonlyArray<ReadonlyArray<GeoJsonPosition>>>;
}

/** An area geometry. */
export type AreaGeometry = GeoJsonPolygon | GeoJsonMultiPolygon;

/** A GeoJSON Feature with an area geometry and typed properties (RFC 7946 §3.2). */
export interface AreaFeature<P> {
  readonly type: "Feature";
  readonly properties: P;
  readonly geometry: AreaGeometry;
}

/** A GeoJSON FeatureCollection of area features (RFC 7946 §3.3). */
export interface AreaFeatureCollection<P> {
  readonly type: "FeatureCollection";
  readonly features: ReadonlyArray<AreaFeature<P>>;
}
