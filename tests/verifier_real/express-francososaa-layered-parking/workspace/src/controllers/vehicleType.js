// excerpt of https://github.com/francososaa/Estacionamiento@d3fd5295596a:src/controllers/vehicleType.js
const vehicleTypeService = require('../services/vehicleType.service');

const newVehicleType = async (req,res) => {
    const data = req.body;

    const vehicleExists = await vehicleTypeService.findVehicleType(data.description);
    if ( vehicleExists ) return res.status(400).send({ message: "Ya existe un vehiculo registrado." });

    try{
        await vehicleTypeService.create(data);
        return res.status(201).send({ message: "Success" });
    } catch(error){
        return res.status(500).send({ message: "Error al crear el tipo de vehiculo" });
    };
};

const getAllVehicle = async (req,res) => {
    const vehicleType = await vehicleTypeService.getAll();
    return res.send({ message: "Success", vehicleType });
};

const update = async (req,res) => {
    const data = req.body;
    const id = req.params.id;

    const vehicleExists = await vehicleTypeService.findById(id);
    if ( !vehicleExists ) return res.status(404).send({ message: "No existe el tipo de vehiculo" });

    await vehicleTypeService.update(data, id);
    return res.send({ message: "Success" });
};

const destroy = async (req,res) => {
    const id = req.params.id;

    const vehicle = await vehicleTypeService.findById(id);
    if( !vehicle ) return res.status(404).send({ message: "Tipo de vehiculo inexistente" });

    await vehicleTypeService.deleteTypeVehicle(id);
    return res.send({ message: "Success" });
};
