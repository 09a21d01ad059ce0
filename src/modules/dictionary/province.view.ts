/** A city (or, under a municipality, a district) with its National Bureau of Statistics code. */
export class CityView {
  code: string;
  name: string;
}

/** A province with its cities, for the region drop-downs. */
export class ProvinceView {
  code: string;
  name: string;
  cities: CityView[];
}
